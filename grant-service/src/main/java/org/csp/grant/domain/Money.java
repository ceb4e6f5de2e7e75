package org.csp.grant.domain;

import java.math.BigDecimal;

/** Whole pence, the only unit money is held in; pounds only for display and exports. */
public final class Money {
    /** £100 million: larger amounts are refused so that no sum of amounts can overflow. */
    public static final long MAX_PENCE = 10_000_000_000L;

    private Money() {
    }

    public static BigDecimal pounds(long pence) {
        return BigDecimal.valueOf(pence, 2);
    }
}
