package org.csp.plan.domain;

/** Red / amber / green against the target; NOT_MEASURED until a value is recorded. */
public enum RagStatus {
    GREEN, AMBER, RED, NOT_MEASURED
}
