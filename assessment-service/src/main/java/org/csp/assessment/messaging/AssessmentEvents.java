package org.csp.assessment.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.csp.platform.events.EventType;

/** The events assessment-service publishes on {@code csp.assessment.events}, and their payloads (docs/events.md). */
public final class AssessmentEvents {

    /** A Strategic Assessment was published with the crime-trend priorities it recommends. */
    public static final EventType PUBLISHED = EventType.of("assessment", "assessment-published", 1);

    /** An endorsing governance decision took effect. */
    public static final EventType ENDORSED = EventType.of("assessment", "assessment-endorsed", 1);

    public static final String AGGREGATE = "strategic-assessment";

    private AssessmentEvents() {
    }

    public record AssessmentPublishedV1(UUID assessmentId, String areaCode, String financialYear, String title,
            Instant publishedAt, List<Priority> priorities) {
    }

    public record Priority(UUID recommendationId, int position, String title, String rationale, List<String> categoryCodes,
            List<Evidence> evidence) {
    }

    /** {@code kind} is lower case in the event ("trend", "finding"), as docs/events.md shows. */
    public record Evidence(String kind, UUID id, String summary) {
    }

    public record AssessmentEndorsedV1(UUID assessmentId, String areaCode, String financialYear, UUID decisionId,
            Instant endorsedAt) {
    }
}
