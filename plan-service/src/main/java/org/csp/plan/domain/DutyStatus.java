package org.csp.plan.domain;

public enum DutyStatus {
    NOT_STARTED, IN_PROGRESS, DONE, NOT_NEEDED
}
