package org.csp.governance.domain;

/** Where a decision is on its way to taking effect. */
public enum DecisionStatus {
    AWAITING_MINUTES, OPEN, EFFECTIVE, REFERRED, LOST
}
