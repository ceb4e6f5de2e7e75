package org.csp.governance.domain;

/** How someone attended a meeting. */
public enum AttendanceKind {
    PRESENT, APOLOGIES, SUBSTITUTE, VISITING, OFFICER
}
