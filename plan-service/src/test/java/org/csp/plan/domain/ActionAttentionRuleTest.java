package org.csp.plan.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActionAttentionRuleTest {

    static final LocalDate TODAY = LocalDate.of(2019, 10, 1);

    @Test
    void anOpenActionDueBeforeTodayIsOverdue() {
        assertTrue(ActionAttentionRule.isOverdue(ActionStatus.IN_PROGRESS, LocalDate.of(2019, 9, 30), TODAY));
        assertFalse(ActionAttentionRule.isOverdue(ActionStatus.IN_PROGRESS, TODAY, TODAY));
    }

    @Test
    void aCompletedOrCancelledActionIsNeverOverdue() {
        assertFalse(ActionAttentionRule.isOverdue(ActionStatus.COMPLETED, LocalDate.of(2019, 6, 30), TODAY));
        assertFalse(ActionAttentionRule.isOverdue(ActionStatus.CANCELLED, LocalDate.of(2019, 6, 30), TODAY));
    }

    @Test
    void anActionMarkedAtRiskOrNotStartedAfterItsStartDateIsAtRisk() {
        assertTrue(ActionAttentionRule.isAtRisk(ActionStatus.AT_RISK, LocalDate.of(2020, 1, 1), TODAY));
        assertTrue(ActionAttentionRule.isAtRisk(ActionStatus.NOT_STARTED, LocalDate.of(2019, 9, 1), TODAY));
        assertFalse(ActionAttentionRule.isAtRisk(ActionStatus.NOT_STARTED, TODAY, TODAY));
        assertFalse(ActionAttentionRule.isAtRisk(ActionStatus.IN_PROGRESS, LocalDate.of(2019, 9, 1), TODAY));
    }
}
