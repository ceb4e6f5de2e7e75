package org.csp.assessment.domain;

/** A residents' survey result, or a location finding such as a hotspot. */
public enum FindingKind {
    SURVEY, LOCATION
}
