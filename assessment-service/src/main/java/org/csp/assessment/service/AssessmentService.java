package org.csp.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.csp.assessment.domain.AssessmentStatus;
import org.csp.assessment.domain.RecommendedPriority;
import org.csp.assessment.domain.StrategicAssessment;
import org.csp.assessment.messaging.AssessmentEvents;
import org.csp.assessment.rest.AssessmentDtos.CreateAssessment;
import org.csp.platform.audit.AuditTrail;
import org.csp.platform.events.DomainEvent;
import org.csp.platform.http.Etags;
import org.csp.platform.outbox.EventPublisher;
import org.csp.platform.problem.ApiException;

/** Owns the transactions that create and publish Strategic Assessments. */
@ApplicationScoped
public class AssessmentService {

    @Inject
    EventPublisher events;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    @Transactional
    public StrategicAssessment create(CreateAssessment request) {
        if (StrategicAssessment.count("areaCode = ?1 and financialYear = ?2", request.areaCode(), request.financialYear()) > 0) {
            throw ApiException.conflict("assessment-exists", "area " + request.areaCode() + " already has an assessment for "
                    + request.financialYear());
        }
        StrategicAssessment assessment = new StrategicAssessment();
        assessment.id = UUID.randomUUID();
        assessment.areaCode = request.areaCode();
        assessment.financialYear = request.financialYear();
        assessment.title = request.title();
        assessment.status = AssessmentStatus.DRAFT;
        assessment.createdAt = clock.instant();
        int position = 1;
        for (CreateAssessment.Priority p : request.priorities()) {
            RecommendedPriority priority = new RecommendedPriority();
            priority.id = UUID.randomUUID();
            priority.assessment = assessment;
            priority.position = position++;
            priority.title = p.title();
            priority.rationale = p.rationale();
            assessment.priorities.add(priority);
        }
        assessment.persist();
        audit.record("strategic-assessment", assessment.id, "assessment.created", request);
        return assessment;
    }

    public StrategicAssessment get(UUID id) {
        StrategicAssessment assessment = StrategicAssessment.findById(id);
        if (assessment == null) {
            throw ApiException.notFound("assessment", id);
        }
        return assessment;
    }

    @Transactional
    public StrategicAssessment publish(UUID id, String ifMatch) {
        StrategicAssessment assessment = get(id);
        Etags.requireMatch(ifMatch, assessment.version);
        assessment.publish(clock.instant());
        events.publish(DomainEvent.of(AssessmentEvents.AGGREGATE, assessment.id, AssessmentEvents.PUBLISHED,
                new AssessmentEvents.AssessmentPublishedV1(assessment.id, assessment.areaCode, assessment.financialYear,
                        assessment.title, assessment.publishedAt,
                        assessment.priorities.stream().map(p -> new AssessmentEvents.Priority(p.id, p.position, p.title,
                                p.rationale)).toList())));
        audit.record("strategic-assessment", assessment.id, "assessment.published", null);
        return assessment;
    }
}
