package org.csp.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.csp.plan.domain.ActionAttentionRule;
import org.csp.plan.domain.ActionFunding;
import org.csp.plan.domain.ActionPlan;
import org.csp.plan.domain.ActionProgressNote;
import org.csp.plan.domain.ActionStatus;
import org.csp.plan.domain.CommunitySafetyPlan;
import org.csp.plan.domain.Indicator;
import org.csp.plan.domain.PartnershipGroup;
import org.csp.plan.domain.PlanAction;
import org.csp.plan.rest.ActionDtos.ActionRequest;
import org.csp.plan.rest.ActionDtos.ActionView;
import org.csp.plan.rest.ActionDtos.FundingView;
import org.csp.plan.rest.ActionDtos.ProgressRequest;
import org.csp.plan.rest.ActionDtos.ProgressView;
import org.csp.plan.rest.PlanDtos;
import org.csp.platform.audit.AuditTrail;
import org.csp.platform.http.Etags;
import org.csp.platform.paging.Page;
import org.csp.platform.paging.PageRequest;
import org.csp.platform.problem.ApiException;
import org.csp.platform.security.Actor;
import org.csp.platform.security.CurrentActor;

/** Measurable actions: officers plan them; the lead agency (or an officer) reports progress on them. */
@ApplicationScoped
public class ActionService {

    static final Set<ActionStatus> CLOSED = Set.of(ActionStatus.COMPLETED, ActionStatus.CANCELLED);

    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    CurrentActor currentActor;
    @Inject
    PlanEventPublisher events;

    /** The filters of the action list. */
    public record Filter(UUID planId, UUID themeId, UUID actionPlanId, UUID leadGroupId, String leadAgency, ActionStatus status,
            Boolean overdue, Boolean atRisk) {
    }

    @Transactional
    public PlanAction create(UUID actionPlanId, ActionRequest request) {
        ActionPlan actionPlan = ActionPlan.require(actionPlanId);
        ActionPlanService.requireActive(CommunitySafetyPlan.require(actionPlan.planId));
        PlanAction action = new PlanAction();
        action.id = UUID.randomUUID();
        action.actionPlanId = actionPlanId;
        action.planId = actionPlan.planId;
        action.themeId = actionPlan.themeId;
        action.createdAt = clock.instant();
        action.status = ActionStatus.NOT_STARTED;
        apply(action, actionPlan, request);
        action.persist();
        audit.record("action", action.id, "action.created", request);
        events.actionCreated(action);
        if (action.status != ActionStatus.NOT_STARTED) {
            events.actionStatusChanged(action, ActionStatus.NOT_STARTED);
        }
        return action;
    }

    @Transactional
    public PlanAction update(UUID id, String ifMatch, ActionRequest request) {
        PlanAction action = PlanAction.require(id);
        Actor actor = currentActor.get();
        action.requireMayBeChangedBy(actor);
        Etags.requireMatch(ifMatch, action.version);
        if (!actor.actsForWholePartnership() && !actor.mayActFor(request.leadAgency())) {
            throw new ApiException(403, "not-your-agency", "Not allowed",
                    "a partner agency cannot hand its action to another agency").with("field", "leadAgency");
        }
        ActionPlan actionPlan = ActionPlan.require(action.actionPlanId);
        ActionPlanService.requireActive(CommunitySafetyPlan.require(actionPlan.planId));
        ActionStatus from = action.status;
        apply(action, actionPlan, request);
        audit.record("action", action.id, "action.updated", request);
        if (from != action.status) {
            events.actionStatusChanged(action, from);
        }
        PlanAction.getEntityManager().flush();
        return action;
    }

    private void apply(PlanAction action, ActionPlan actionPlan, ActionRequest request) {
        PlanAction.requireLead(request.leadGroupId(), request.leadAgency());
        PlanAction.requireDueNotBeforeStart(request.startDate(), request.dueDate());
        if (request.leadGroupId() != null && PartnershipGroup.findById(request.leadGroupId()) == null) {
            throw ApiException.invalidField("leadGroupId", "no group " + request.leadGroupId());
        }
        if (request.indicatorIds() != null) {
            for (UUID indicatorId : request.indicatorIds()) {
                Indicator indicator = Indicator.findById(indicatorId);
                if (indicator == null || !indicator.actionPlanId.equals(actionPlan.id)) {
                    throw ApiException.invalidField("indicatorIds", "indicator " + indicatorId
                            + " is not an indicator of action plan " + actionPlan.id);
                }
            }
        }
        action.title = request.title();
        action.description = request.description();
        action.leadGroupId = request.leadGroupId();
        action.leadAgency = request.leadAgency() == null || request.leadAgency().isBlank() ? null : request.leadAgency();
        action.owner = request.owner();
        action.startDate = request.startDate();
        action.dueDate = request.dueDate();
        if (request.status() != null) {
            action.status = request.status();
        }
        action.indicatorIds.clear();
        if (request.indicatorIds() != null) {
            action.indicatorIds.addAll(request.indicatorIds());
        }
        action.updatedAt = clock.instant();
    }

    @Transactional
    public PlanAction recordProgress(UUID id, String ifMatch, ProgressRequest request) {
        PlanAction action = PlanAction.require(id);
        Actor actor = currentActor.get();
        action.requireMayBeChangedBy(actor);
        Etags.requireMatch(ifMatch, action.version);
        ActionPlanService.requireActive(CommunitySafetyPlan.require(action.planId));
        ActionStatus from = action.status;
        ActionProgressNote note = new ActionProgressNote();
        note.id = UUID.randomUUID();
        note.actionId = id;
        note.note = request.note();
        note.author = actor.subject();
        note.agency = actor.agency();
        note.recordedAt = clock.instant();
        if (request.status() != null && request.status() != from) {
            note.fromStatus = from;
            note.toStatus = request.status();
            action.status = request.status();
            events.actionStatusChanged(action, from);
        }
        note.persist();
        action.updatedAt = note.recordedAt;
        audit.record("action", action.id, "action.progress-recorded", request);
        PlanAction.getEntityManager().flush();
        return action;
    }

    public Page<ProgressView> progress(UUID id, PageRequest paging) {
        PlanAction.require(id);
        return Page.of(ActionProgressNote.find("actionId = ?1 order by recordedAt desc, id", id), paging, ProgressView::of);
    }

    public ActionView view(PlanAction a) {
        LocalDate today = LocalDate.now(clock);
        List<FundingView> funding = ActionFunding.<ActionFunding>list("actionId = ?1 order by updatedAt, bidId", a.id).stream()
                .map(f -> new FundingView(f.bidId, f.awardId, f.financialYear, f.bidTitle, f.applicant, f.allocatedPence, f.updatedAt))
                .toList();
        return new ActionView(a.id, a.actionPlanId, a.planId, a.themeId, a.title, a.description, a.leadGroupId, a.leadAgency,
                a.owner, a.startDate, a.dueDate, a.status, ActionAttentionRule.isOverdue(a.status, a.dueDate, today),
                ActionAttentionRule.isAtRisk(a.status, a.startDate, today), PlanDtos.inOrder(a.indicatorIds), funding,
                funding.stream().mapToLong(FundingView::allocatedPence).sum(), a.updatedAt, a.version);
    }

    public Page<ActionView> list(Filter filter, PageRequest paging) {
        LocalDate today = LocalDate.now(clock);
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        add(query, params, "planId", filter.planId());
        add(query, params, "themeId", filter.themeId());
        add(query, params, "actionPlanId", filter.actionPlanId());
        add(query, params, "leadGroupId", filter.leadGroupId());
        add(query, params, "leadAgency", filter.leadAgency());
        add(query, params, "status", filter.status());
        if (filter.overdue() != null) {
            query.append(filter.overdue() ? " and (dueDate < :today and status not in :closed)"
                    : " and not (dueDate < :today and status not in :closed)");
            params.put("today", today);
            params.put("closed", CLOSED);
        }
        if (filter.atRisk() != null) {
            query.append(filter.atRisk() ? " and (status = :atRiskStatus or (status = :notStarted and startDate < :today))"
                    : " and not (status = :atRiskStatus or (status = :notStarted and startDate < :today))");
            params.put("today", today);
            params.put("atRiskStatus", ActionStatus.AT_RISK);
            params.put("notStarted", ActionStatus.NOT_STARTED);
        }
        query.append(" order by dueDate, title, id");
        return Page.of(PlanAction.find(query.toString(), params), paging, this::view);
    }

    private static void add(StringBuilder query, Map<String, Object> params, String field, Object value) {
        if (value != null) {
            query.append(" and ").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }
}
