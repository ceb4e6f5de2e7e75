package org.csp.plan.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.csp.plan.domain.CommunitySafetyPlan;
import org.csp.plan.domain.PlanStatus;
import org.csp.plan.domain.PriorityProposal;
import org.csp.plan.domain.PriorityTheme;
import org.csp.plan.domain.ProposalStatus;
import org.csp.plan.domain.ThemeEvidence;
import org.csp.plan.rest.PlanDtos.AcceptProposal;
import org.csp.plan.rest.PlanDtos.MergeProposal;
import org.csp.plan.rest.PlanDtos.ProposalView;
import org.csp.platform.audit.AuditTrail;
import org.csp.platform.events.IncomingEvent;
import org.csp.platform.events.PoisonMessageException;
import org.csp.platform.http.Etags;
import org.csp.platform.paging.Page;
import org.csp.platform.paging.PageRequest;
import org.csp.platform.problem.ApiException;
import org.csp.platform.security.CurrentActor;
import org.csp.platform.text.Texts;
import org.csp.platform.time.FinancialYear;
import org.csp.platform.validation.AreaCodes;

/**
 * Turns the priorities a published assessment recommends into proposals on the area's draft plan, flags an
 * adopted plan for refresh when the assessment recommends a priority it lacks, and applies officers' decisions.
 */
@ApplicationScoped
public class ProposalService {

    @Inject
    ObjectMapper json;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    CurrentActor actor;
    @Inject
    ThemeService themes;
    @Inject
    PlanEventPublisher events;

    /** The part of {@code assessment-published} v1 this service reads; unknown fields are ignored. */
    public record AssessmentPublished(UUID assessmentId, String areaCode, String financialYear, String title,
            List<Priority> priorities) {
        public record Priority(UUID recommendationId, Integer position, String title, String rationale, List<Evidence> evidence) {
        }

        public record Evidence(String kind, String id, String summary) {
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void proposeFromAssessment(IncomingEvent event) {
        AssessmentPublished published = event.dataAs(AssessmentPublished.class, json);
        if (published.assessmentId() == null || published.priorities() == null || published.priorities().isEmpty()) {
            throw new PoisonMessageException("assessment-published " + event.id() + " names no assessment or no priorities");
        }
        String fy = published.financialYear();
        FinancialYear year;
        try {
            year = FinancialYear.parse(fy, "financialYear");
        } catch (ApiException notAYear) {
            throw new PoisonMessageException("assessment-published " + event.id() + " has financialYear '" + fy
                    + "', not a financial year like 2019-20");
        }
        String area = published.areaCode();
        if (area == null || !area.matches(AreaCodes.PATTERN)) {
            // No plan could ever take its proposals (a plan's area is spelt this way), and no adopted plan be flagged.
            throw new PoisonMessageException("assessment-published " + event.id() + " has areaCode "
                    + (area == null ? "null" : "'" + area + "'") + ", which is not an area code: " + AreaCodes.MESSAGE);
        }
        PriorityProposal newest = PriorityProposal.newestOfArea(area);
        if (PriorityProposal.receivedFrom(published.assessmentId())) {
            // The same assessment again under a new event id: its proposals exist, and a refresh it flagged stands or was
            // closed by an officer; nothing is proposed or flagged twice.
            return;
        }
        if (newest != null && newest.financialYear.compareTo(fy) > 0) {
            throw new PoisonMessageException("assessment-published " + event.id() + ": assessment " + published.assessmentId()
                    + " for " + fy + " arrived after area " + area + "'s " + newest.financialYear + " assessment "
                    + newest.assessmentId + ", whose priorities are the current ones; it proposes nothing and flags no plan");
        }
        List<String> missing = new ArrayList<>();
        java.time.LocalDate yearStart = year.start();
        // The area's latest draft plan and the adopted plan covering the assessment's year, in one query.
        CommunitySafetyPlan draft = null;
        CommunitySafetyPlan adopted = null;
        for (CommunitySafetyPlan plan : CommunitySafetyPlan.<CommunitySafetyPlan>list("areaCode = ?1 and (status = ?2"
                + " or (status = ?3 and periodStart <= ?4 and periodEnd >= ?4)) order by periodStart desc, createdAt desc",
                area, PlanStatus.DRAFT, PlanStatus.ADOPTED, yearStart)) {
            if (draft == null && plan.status == PlanStatus.DRAFT) {
                draft = plan;
            } else if (adopted == null && plan.status == PlanStatus.ADOPTED) {
                adopted = plan;
            }
        }
        List<PriorityTheme> adoptedThemes = adopted == null ? List.of() : PriorityTheme.ofPlan(adopted.id);
        // One query for the recommendations already proposed (a redelivered or republished assessment), not one
        // per priority: each query would also flush the rows written so far, a round trip more per priority.
        Set<UUID> proposed = alreadyProposed(published.priorities());
        for (AssessmentPublished.Priority priority : published.priorities()) {
            if (priority.recommendationId() == null || priority.title() == null || priority.title().isBlank()) {
                throw new PoisonMessageException("assessment-published " + event.id() + " has a priority without id or title");
            }
            if (adopted != null && adoptedThemes.stream().noneMatch(t -> t.covers(priority.recommendationId(), priority.title()))) {
                missing.add(priority.title());
            }
            if (!proposed.add(priority.recommendationId())) {
                continue;
            }
            PriorityProposal proposal = new PriorityProposal();
            proposal.id = UUID.randomUUID();
            proposal.assessmentId = published.assessmentId();
            proposal.assessmentTitle = Texts.clipped(published.title(), 300);
            proposal.areaCode = Texts.clipped(area, 50);
            proposal.recommendationId = priority.recommendationId();
            proposal.financialYear = published.financialYear();
            proposal.position = priority.position();
            proposal.title = Texts.clipped(priority.title(), 300);
            proposal.rationale = priority.rationale() == null ? "" : priority.rationale();
            proposal.evidenceSummary = priority.evidence() == null ? null : priority.evidence().stream()
                    .map(e -> e.summary() == null ? e.kind() + " " + e.id() : e.summary()).collect(Collectors.joining("; "));
            proposal.planId = draft == null ? null : draft.id;
            proposal.status = ProposalStatus.PENDING;
            proposal.sourceEventId = event.id();
            proposal.receivedAt = clock.instant();
            proposal.persist();
            audit.record("priority-proposal", proposal.id, "proposal.received", priority);
        }
        if (!missing.isEmpty()) {
            for (String title : missing) {
                adopted.flagForRefresh("Strategic Assessment " + published.financialYear() + " (" + published.assessmentId()
                        + ") recommends the priority '" + title + "' which the adopted plan lacks");
            }
            events.refreshFlagged(adopted);
            audit.record("plan", adopted.id, "plan.refresh-flagged", Map.of("assessmentId", published.assessmentId(),
                    "missingPriorities", missing));
        }
    }

    private static Set<UUID> alreadyProposed(List<AssessmentPublished.Priority> priorities) {
        List<UUID> ids = priorities.stream().map(AssessmentPublished.Priority::recommendationId).filter(Objects::nonNull)
                .distinct().toList();
        if (ids.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(PriorityProposal.getEntityManager()
                .createQuery("select p.recommendationId from PriorityProposal p where p.recommendationId in :ids", UUID.class)
                .setParameter("ids", ids).getResultList());
    }

    public Page<ProposalView> list(UUID planId, UUID assessmentId, ProposalStatus status, PageRequest paging) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (planId != null) {
            query.append(" and planId = :plan");
            params.put("plan", planId);
        }
        if (assessmentId != null) {
            query.append(" and assessmentId = :assessmentId");
            params.put("assessmentId", assessmentId);
        }
        if (status != null) {
            query.append(" and status = :status");
            params.put("status", status);
        }
        query.append(" order by receivedAt, position, title, id");
        return Page.of(PriorityProposal.find(query.toString(), params), paging, ProposalView::of);
    }

    @Transactional
    public PriorityProposal accept(UUID id, String ifMatch, AcceptProposal request) {
        PriorityProposal proposal = PriorityProposal.require(id);
        Etags.requireMatch(ifMatch, proposal.version);
        UUID planId = request.planId() != null ? request.planId() : proposal.planId;
        if (planId == null) {
            throw ApiException.invalidField("planId", "the proposal arrived when the area had no draft plan; name the plan");
        }
        // An unknown plan named in the body is a mistake in the request (as an unknown themeId on merge), not a 404.
        CommunitySafetyPlan plan = CommunitySafetyPlan.findById(planId);
        if (plan == null) {
            throw ApiException.invalidField("planId", "no plan " + planId);
        }
        proposal.requireSameArea(plan, "planId");
        plan.requirePrioritiesEditable();
        PriorityTheme theme = themes.createFrom(plan, request.title() != null ? request.title() : proposal.title,
                proposal.rationale, request.objective(), request.focus(), request.leadGroupId(),
                new ThemeEvidence(proposal.recommendationId, proposal.assessmentId, proposal.title));
        proposal.planId = planId;
        proposal.decide(ProposalStatus.ACCEPTED, theme.id, actor.get().subject(), clock.instant(), null);
        audit.record("priority-proposal", proposal.id, "proposal.accepted", Map.of("themeId", theme.id));
        audit.record("theme", theme.id, "theme.created", Map.of("fromProposal", proposal.id));
        PriorityProposal.getEntityManager().flush();
        events.prioritiesChanged(plan);
        return proposal;
    }

    @Transactional
    public PriorityProposal merge(UUID id, String ifMatch, MergeProposal request) {
        PriorityProposal proposal = PriorityProposal.require(id);
        Etags.requireMatch(ifMatch, proposal.version);
        PriorityTheme theme = PriorityTheme.findById(request.themeId());
        if (theme == null) {
            throw ApiException.invalidField("themeId", "no theme " + request.themeId());
        }
        CommunitySafetyPlan plan = CommunitySafetyPlan.require(theme.planId);
        proposal.requireSameArea(plan, "themeId");
        plan.requirePrioritiesEditable();
        theme.evidence.add(new ThemeEvidence(proposal.recommendationId, proposal.assessmentId, proposal.title));
        proposal.planId = plan.id;
        proposal.decide(ProposalStatus.MERGED, theme.id, actor.get().subject(), clock.instant(), request.note());
        audit.record("priority-proposal", proposal.id, "proposal.merged", request);
        audit.record("theme", theme.id, "theme.evidence-added", Map.of("fromProposal", proposal.id));
        PriorityProposal.getEntityManager().flush();
        return proposal;
    }

    @Transactional
    public PriorityProposal reject(UUID id, String ifMatch, String reason) {
        PriorityProposal proposal = PriorityProposal.require(id);
        Etags.requireMatch(ifMatch, proposal.version);
        proposal.decide(ProposalStatus.REJECTED, null, actor.get().subject(), clock.instant(), reason);
        audit.record("priority-proposal", proposal.id, "proposal.rejected", Map.of("reason", reason));
        PriorityProposal.getEntityManager().flush();
        return proposal;
    }
}
