package org.csp.plan.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.csp.plan.domain.PriorityProposal;
import org.csp.plan.domain.ProposalStatus;
import org.csp.platform.audit.AuditTrail;
import org.csp.platform.events.IncomingEvent;
import org.csp.platform.events.PoisonMessageException;

/** Turns the priorities a published assessment recommends into proposals on the draft plan. */
@ApplicationScoped
public class ProposalService {

    @Inject
    ObjectMapper json;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** The part of {@code assessment-published} v1 this service reads; unknown fields are ignored. */
    public record AssessmentPublished(UUID assessmentId, String financialYear, List<Priority> priorities) {
        public record Priority(UUID recommendationId, String title, String rationale) {
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void proposeFromAssessment(IncomingEvent event) {
        AssessmentPublished published = event.dataAs(AssessmentPublished.class, json);
        if (published.assessmentId() == null || published.priorities() == null || published.priorities().isEmpty()) {
            throw new PoisonMessageException("assessment-published " + event.id() + " names no assessment or no priorities");
        }
        for (AssessmentPublished.Priority priority : published.priorities()) {
            if (priority.recommendationId() == null || priority.title() == null || priority.title().isBlank()) {
                throw new PoisonMessageException("assessment-published " + event.id() + " has a priority without id or title");
            }
            PriorityProposal proposal = new PriorityProposal();
            proposal.id = UUID.randomUUID();
            proposal.assessmentId = published.assessmentId();
            proposal.recommendationId = priority.recommendationId();
            proposal.financialYear = published.financialYear();
            proposal.title = priority.title();
            proposal.rationale = priority.rationale() == null ? "" : priority.rationale();
            proposal.status = ProposalStatus.PENDING;
            proposal.sourceEventId = event.id();
            proposal.receivedAt = clock.instant();
            proposal.persist();
            audit.record("priority-proposal", proposal.id, "proposal.received", priority);
        }
    }
}
