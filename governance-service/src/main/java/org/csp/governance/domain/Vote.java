package org.csp.governance.domain;

/** One member's vote. */
public enum Vote {
    FOR, AGAINST, ABSTAIN
}
