package org.csp.platform.security;

import java.util.List;

/**
 * The one role vocabulary of every service. Tokens carry them in the {@code groups} claim; a partner
 * agency's token also carries its agency in the {@code agency} claim.
 */
public final class Roles {
    /** Community Safety Unit officer: edits assessments, plans, meetings, grants. */
    public static final String OFFICER = "partnership-officer";
    /** A partner agency's system or staff: submits data and bids for its own agency only. */
    public static final String AGENCY = "partner-agency";
    /** Councillor: reads, signs referrals. */
    public static final String COUNCILLOR = "councillor";
    /** Office of the Police and Crime Commissioner: reads grant reports. */
    public static final String PCC = "pcc-office";
    /** Platform administrator: everything, including audit. */
    public static final String ADMIN = "administrator";

    public static final List<String> ALL = List.of(OFFICER, AGENCY, COUNCILLOR, PCC, ADMIN);

    /** Name of the JWT claim that holds a partner agency's code. */
    public static final String AGENCY_CLAIM = "agency";

    private Roles() {
    }
}
