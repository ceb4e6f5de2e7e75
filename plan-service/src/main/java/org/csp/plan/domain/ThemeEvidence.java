package org.csp.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** The Strategic Assessment recommendation a priority theme came from. */
@Embeddable
public class ThemeEvidence {
    @Column(name = "recommendation_id", nullable = false)
    public UUID recommendationId;
    @Column(name = "assessment_id")
    public UUID assessmentId;
    public String title;

    public ThemeEvidence() {
    }

    public ThemeEvidence(UUID recommendationId, UUID assessmentId, String title) {
        this.recommendationId = recommendationId;
        this.assessmentId = assessmentId;
        this.title = title;
    }
}
