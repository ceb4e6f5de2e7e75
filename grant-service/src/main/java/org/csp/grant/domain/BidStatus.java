package org.csp.grant.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * A bid's lifecycle: DRAFT → SUBMITTED → SIFTED (shortlisted or rejected) → APPROVED → IN_DELIVERY →
 * COMPLETED, or WITHDRAWN before delivery starts.
 */
public enum BidStatus {
    DRAFT, SUBMITTED, SIFTED, APPROVED, IN_DELIVERY, COMPLETED, WITHDRAWN;

    /** The statuses a bid in this status may move to (a rejected SIFTED bid may move to none: see {@link GrantBid}). */
    public Set<BidStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
            case SUBMITTED -> EnumSet.of(SIFTED, WITHDRAWN);
            case SIFTED -> EnumSet.of(APPROVED, WITHDRAWN);
            case APPROVED -> EnumSet.of(IN_DELIVERY, WITHDRAWN);
            case IN_DELIVERY -> EnumSet.of(COMPLETED);
            case COMPLETED, WITHDRAWN -> EnumSet.noneOf(BidStatus.class);
        };
    }

    /** Approved, in delivery or completed: the bid holds an allocation of the award. */
    public boolean funded() {
        return this == APPROVED || this == IN_DELIVERY || this == COMPLETED;
    }
}
