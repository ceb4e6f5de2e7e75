package org.csp.assessment.domain;

/** What a piece of evidence for a priority is: a trend figure or a finding (survey or location). */
public enum EvidenceKind {
    TREND, FINDING
}
