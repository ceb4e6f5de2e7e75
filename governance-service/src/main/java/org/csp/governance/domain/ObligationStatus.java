package org.csp.governance.domain;

/** An obligation is open, on a meeting's agenda, or met. */
public enum ObligationStatus {
    OPEN, SCHEDULED, DONE
}
