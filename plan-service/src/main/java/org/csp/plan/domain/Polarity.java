package org.csp.plan.domain;

/** Whether a higher or a lower value of an indicator is better. */
public enum Polarity {
    HIGHER_IS_BETTER, LOWER_IS_BETTER;

    /** +1 when the value moving up is good, -1 when it is bad. */
    public int sign() {
        return this == HIGHER_IS_BETTER ? 1 : -1;
    }
}
