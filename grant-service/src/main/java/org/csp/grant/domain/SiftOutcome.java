package org.csp.grant.domain;

/** The result of sifting a submitted bid. */
public enum SiftOutcome {
    SHORTLISTED, REJECTED
}
