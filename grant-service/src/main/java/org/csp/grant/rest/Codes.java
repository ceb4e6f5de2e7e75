package org.csp.grant.rest;

/**
 * One spelling for the codes grant keeps as given, the way {@code AreaCodes} holds the area code's: a bid's applicant
 * (an agency or sub-group code; a partner agency's bids are matched on it exactly), the {@code applicant} filter of
 * listBids, which is spelt as the applicant it matches, and an award obligation's code. Lower-case letters, digits and
 * dashes. Use as {@code @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)}.
 */
public final class Codes {
    public static final String PATTERN = "[a-z0-9-]+";
    public static final String MESSAGE = "lower-case letters, digits and dashes";

    private Codes() {
    }
}
