package org.csp.governance.domain;

/** Whether a meeting is to come, took place or was cancelled. */
public enum MeetingStatus {
    SCHEDULED, HELD, CANCELLED
}
