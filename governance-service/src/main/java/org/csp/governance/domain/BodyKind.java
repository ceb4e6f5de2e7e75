package org.csp.governance.domain;

/** What kind of body. */
public enum BodyKind {
    COMMITTEE, SUB_COMMITTEE, COUNCIL, CABINET, PANEL
}
