package org.csp.grant.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which awards' bids may name a plan priority, without a database. */
class PlanPriorityRulesTest {

    static PlanPriority priority(String areaCode, boolean current) {
        PlanPriority priority = new PlanPriority();
        priority.areaCode = areaCode;
        priority.current = current;
        return priority;
    }

    static GrantAward awardTo(String areaCode) {
        GrantAward award = new GrantAward();
        award.areaCode = areaCode;
        return award;
    }

    @Test
    void aCurrentPriorityServesTheAwardsOfItsOwnAreaOnly() {
        assertTrue(priority("maidstone", true).deliverableUnder(awardTo("maidstone")));
        assertFalse(priority("swale", true).deliverableUnder(awardTo("maidstone")));
        assertFalse(priority("Maidstone", true).deliverableUnder(awardTo("maidstone")));
    }

    @Test
    void aPriorityNoLongerCurrentServesNoAward() {
        assertFalse(priority("maidstone", false).deliverableUnder(awardTo("maidstone")));
        assertFalse(priority("maidstone", false).deliverableUnder(awardTo(null)));
    }

    @Test
    void aPriorityWhoseAreaIsUnknownServesNoAwardThatHasAnArea() {
        assertFalse(priority(null, true).deliverableUnder(awardTo("maidstone")));
    }

    @Test
    void anAwardMadeBeforeAwardsHadAnAreaTakesTheCurrentPrioritiesOfAnyArea() {
        assertTrue(priority("swale", true).deliverableUnder(awardTo(null)));
        assertTrue(priority(null, true).deliverableUnder(awardTo(null)));
    }
}
