package org.csp.plan.domain;

import java.time.LocalDate;

/**
 * Which open actions need attention. Overdue: due before today and neither completed nor cancelled.
 * At risk: marked AT_RISK by its owner, or still NOT_STARTED after its start date.
 */
public final class ActionAttentionRule {
    private ActionAttentionRule() {
    }

    public static boolean isOverdue(ActionStatus status, LocalDate dueDate, LocalDate today) {
        return !status.isClosed() && dueDate.isBefore(today);
    }

    public static boolean isAtRisk(ActionStatus status, LocalDate startDate, LocalDate today) {
        return status == ActionStatus.AT_RISK || (status == ActionStatus.NOT_STARTED && startDate.isBefore(today));
    }
}
