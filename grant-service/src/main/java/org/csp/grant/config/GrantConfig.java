package org.csp.grant.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** What grant-service reads from configuration: default award obligations and the 360Giving identifiers. */
@ConfigMapping(prefix = "csp.grant")
public interface GrantConfig {

    /** Obligations every new award gets, dated relative to the start of its financial year. */
    List<ObligationRule> defaultObligations();

    ThreeSixtyGiving threeSixtyGiving();

    interface ObligationRule {
        /** Stable code, for example {@code pcc-proposal-report}. */
        String code();

        String description();

        /** Month and day the obligation falls due, as {@code MM-DD}. */
        String due();

        /** Years after the first calendar year of the financial year (2019 for 2019-20). */
        @WithDefault("0")
        int yearOffset();
    }

    interface ThreeSixtyGiving {
        /** The publisher's registered 360Giving prefix that starts every grant id, for example {@code 360G-maidstone-csp}. */
        String identifierPrefix();

        /** Organisation identifier prefix for recipients identified by our own codes. */
        @WithDefault("XI-CSP-MAIDSTONE")
        String organisationPrefix();
    }
}
