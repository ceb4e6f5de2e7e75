package org.csp.assessment.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.csp.assessment.domain.StrategicAssessment;
import org.csp.assessment.messaging.AssessmentEvents;
import org.csp.platform.audit.AuditTrail;
import org.csp.platform.events.DomainEvent;
import org.csp.platform.events.IncomingEvent;
import org.csp.platform.events.PoisonMessageException;
import org.csp.platform.outbox.EventPublisher;

/** Applies governance's {@code decision-effective} v1: an ENDORSE of a strategic assessment makes it ENDORSED. */
@ApplicationScoped
public class EndorsementService {

    static final String SUBJECT_TYPE = "strategic-assessment";
    static final String ENDORSE = "ENDORSE";

    @Inject
    ObjectMapper json;
    @Inject
    EventPublisher events;
    @Inject
    AuditTrail audit;

    /** The part of {@code decision-effective} v1 this service reads; unknown fields are ignored. */
    public record DecisionEffective(UUID decisionId, Subject subject, String action, Instant effectiveAt) {
        public record Subject(String type, UUID id) {
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onDecisionEffective(IncomingEvent event) {
        DecisionEffective decision = event.dataAs(DecisionEffective.class, json);
        if (decision.subject() == null || !SUBJECT_TYPE.equals(decision.subject().type()) || !ENDORSE.equals(decision.action())) {
            return; // a decision about something else, or not an endorsement: not this service's business
        }
        if (decision.decisionId() == null || decision.subject().id() == null) {
            throw new PoisonMessageException("decision-effective " + event.id() + " names no decision or no assessment");
        }
        StrategicAssessment assessment = StrategicAssessment.findById(decision.subject().id());
        if (assessment == null) {
            throw new PoisonMessageException("decision-effective " + event.id() + " endorses assessment "
                    + decision.subject().id() + ", which does not exist");
        }
        Instant endorsedAt = decision.effectiveAt() != null ? decision.effectiveAt() : event.time();
        if (endorsedAt == null) {
            throw new PoisonMessageException("decision-effective " + event.id() + " has no effectiveAt");
        }
        if (!assessment.endorse(decision.decisionId(), endorsedAt)) {
            return;
        }
        events.publish(DomainEvent.of(AssessmentEvents.AGGREGATE, assessment.id, AssessmentEvents.ENDORSED,
                new AssessmentEvents.AssessmentEndorsedV1(assessment.id, assessment.areaCode, assessment.financialYear,
                        decision.decisionId(), endorsedAt)));
        audit.record("strategic-assessment", assessment.id, "assessment.endorsed",
                Map.of("decisionId", decision.decisionId(), "endorsedAt", endorsedAt.toString()));
    }
}
