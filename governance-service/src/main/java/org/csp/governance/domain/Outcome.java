package org.csp.governance.domain;

/** The result of the vote on a resolution. */
public enum Outcome {
    UNANIMOUS, CARRIED, LOST
}
