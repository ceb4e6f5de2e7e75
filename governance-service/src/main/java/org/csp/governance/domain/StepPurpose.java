package org.csp.governance.domain;

/** What a meeting on a report's path does with it. */
public enum StepPurpose {
    RECOMMEND, DECIDE, NOTE
}
