package org.csp.governance.domain;

/** Draft minutes become approved at a later meeting and cannot then be edited. */
public enum MinutesStatus {
    DRAFT, APPROVED
}
