package org.csp.plan.domain;

/** Whether the latest value is better than the one before it (or the baseline), given the polarity. */
public enum DirectionOfTravel {
    IMPROVING, NO_CHANGE, WORSENING, NOT_MEASURED
}
