package org.csp.plan.domain;

/** Where a measurable action stands. */
public enum ActionStatus {
    NOT_STARTED, IN_PROGRESS, AT_RISK, COMPLETED, CANCELLED;

    public boolean isClosed() {
        return this == COMPLETED || this == CANCELLED;
    }
}
