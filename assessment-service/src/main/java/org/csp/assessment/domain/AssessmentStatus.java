package org.csp.assessment.domain;

/** A Strategic Assessment moves DRAFT → PUBLISHED → ENDORSED (by a governance decision that took effect). */
public enum AssessmentStatus {
    DRAFT, PUBLISHED, ENDORSED
}
