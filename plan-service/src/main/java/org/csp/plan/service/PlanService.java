package org.csp.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csp.plan.domain.ActionPlan;
import org.csp.plan.domain.CommunitySafetyPlan;
import org.csp.plan.domain.CrossCuttingTheme;
import org.csp.plan.domain.PlanStatus;
import org.csp.plan.domain.PriorityTheme;
import org.csp.plan.rest.PlanDtos.CreatePlan;
import org.csp.plan.rest.PlanDtos.CrossCutting;
import org.csp.plan.rest.PlanDtos.PlanView;
import org.csp.plan.rest.PlanDtos.UpdatePlan;
import org.csp.platform.audit.AuditTrail;
import org.csp.platform.http.Etags;
import org.csp.platform.paging.Page;
import org.csp.platform.paging.PageRequest;
import org.csp.platform.problem.ApiException;
import org.csp.platform.time.FinancialYear;

/** Plans: entering and editing them, and opening or closing a refresh of an adopted plan. */
@ApplicationScoped
public class PlanService {

    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    PlanEventPublisher events;

    @Transactional
    public CommunitySafetyPlan create(CreatePlan request) {
        CommunitySafetyPlan plan = new CommunitySafetyPlan();
        plan.id = UUID.randomUUID();
        plan.areaCode = request.areaCode();
        plan.status = PlanStatus.DRAFT;
        plan.createdAt = clock.instant();
        CommunitySafetyPlan.requirePeriodInOrder(request.periodStart(), request.periodEnd());
        apply(plan, request.title(), request.periodStart(), request.periodEnd(), request.replacesPlanId(),
                request.foreword(), request.crossCuttingThemes());
        plan.requireNoOtherAdoptedPlanOverlapping();
        plan.persist();
        audit.record("plan", plan.id, "plan.created", request);
        return plan;
    }

    @Transactional
    public CommunitySafetyPlan update(UUID id, String ifMatch, UpdatePlan request) {
        CommunitySafetyPlan plan = CommunitySafetyPlan.require(id);
        Etags.requireMatch(ifMatch, plan.version);
        if (request.status() != null && request.status() != plan.status) {
            throw ApiException.conflict("status-change-needs-decision", "plan " + id + " is " + plan.status
                    + " and cannot be set to " + request.status() + " through the API: a plan becomes RECOMMENDED when the"
                    + " committee's RECOMMEND decision takes effect and ADOPTED when full Council's ADOPT decision takes"
                    + " effect (governance-service), and SUPERSEDED when the plan replacing it is adopted")
                    .with("field", "status").with("currentStatus", plan.status);
        }
        plan.requirePrioritiesEditable();
        CommunitySafetyPlan.requirePeriodInOrder(request.periodStart(), request.periodEnd());
        requireActionPlansInside(plan.id, request.periodStart(), request.periodEnd());
        apply(plan, request.title(), request.periodStart(), request.periodEnd(), request.replacesPlanId(),
                request.foreword(), request.crossCuttingThemes());
        plan.requireNoOtherAdoptedPlanOverlapping();
        audit.record("plan", plan.id, "plan.updated", request);
        CommunitySafetyPlan.getEntityManager().flush();
        return plan;
    }

    /** Rule: a plan's period keeps covering the years of its action plans. */
    private static void requireActionPlansInside(UUID planId, java.time.LocalDate start, java.time.LocalDate end) {
        List<String> outside = ActionPlan.<ActionPlan>list("planId", planId).stream().map(a -> a.financialYear).distinct()
                .filter(year -> {
                    java.time.LocalDate yearStart = FinancialYear.parse(year, "financialYear").start();
                    return yearStart.isBefore(start) || yearStart.isAfter(end);
                }).sorted().toList();
        if (!outside.isEmpty()) {
            throw ApiException.rule("action-plans-outside-period", "the plan has action plans for " + outside
                    + ", outside " + start + " to " + end).with("field", "periodStart");
        }
    }

    private void apply(CommunitySafetyPlan plan, String title, java.time.LocalDate start, java.time.LocalDate end,
            UUID replacesPlanId, String foreword, List<CrossCutting> crossCutting) {
        if (replacesPlanId != null) {
            if (replacesPlanId.equals(plan.id)) {
                throw ApiException.invalidField("replacesPlanId", "a plan cannot replace itself");
            }
            CommunitySafetyPlan earlier = CommunitySafetyPlan.findById(replacesPlanId);
            if (earlier == null) {
                throw ApiException.invalidField("replacesPlanId", "no plan " + replacesPlanId);
            }
            if (!earlier.areaCode.equals(plan.areaCode) || !earlier.periodStart.isBefore(start)) {
                throw ApiException.rule("replaced-plan-not-earlier", "plan " + replacesPlanId + " (" + earlier.areaCode + ", from "
                        + earlier.periodStart + ") is not an earlier plan of area " + plan.areaCode)
                        .with("field", "replacesPlanId");
            }
        }
        plan.title = title;
        plan.periodStart = start;
        plan.periodEnd = end;
        plan.replacesPlanId = replacesPlanId;
        plan.foreword = foreword;
        plan.crossCuttingThemes.clear();
        if (crossCutting != null) {
            crossCutting.forEach(c -> plan.crossCuttingThemes.add(new CrossCuttingTheme(c.title(), c.description())));
        }
    }

    public Page<PlanView> list(PlanStatus status, String areaCode, Boolean refreshRequired, PageRequest paging) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (status != null) {
            query.append(" and status = :status");
            params.put("status", status);
        }
        if (areaCode != null) {
            query.append(" and areaCode = :area");
            params.put("area", areaCode);
        }
        if (refreshRequired != null) {
            query.append(" and refreshRequired = :refresh");
            params.put("refresh", refreshRequired);
        }
        query.append(" order by areaCode, periodStart desc, id");
        return Page.of(CommunitySafetyPlan.find(query.toString(), params), paging, PlanView::of);
    }

    /** An officer opens a refresh of an adopted plan so its priorities may change. */
    @Transactional
    public CommunitySafetyPlan openRefresh(UUID id, String ifMatch, String reason) {
        CommunitySafetyPlan plan = CommunitySafetyPlan.require(id);
        Etags.requireMatch(ifMatch, plan.version);
        if (plan.status != PlanStatus.ADOPTED) {
            throw ApiException.conflict("plan-not-adopted", "plan " + id + " is " + plan.status
                    + "; only an ADOPTED plan is refreshed (a DRAFT can be edited directly)");
        }
        plan.flagForRefresh(reason);
        events.refreshFlagged(plan);
        audit.record("plan", plan.id, "plan.refresh-opened", Map.of("reason", reason));
        CommunitySafetyPlan.getEntityManager().flush();
        return plan;
    }

    /** Closing a refresh fixes the refreshed priorities again and publishes them. */
    @Transactional
    public CommunitySafetyPlan closeRefresh(UUID id, String ifMatch) {
        CommunitySafetyPlan plan = CommunitySafetyPlan.require(id);
        Etags.requireMatch(ifMatch, plan.version);
        if (plan.status != PlanStatus.ADOPTED || !plan.refreshRequired) {
            throw ApiException.conflict("no-refresh-open", "plan " + id + " is " + plan.status + " with no refresh open");
        }
        List<String> leaderless = PriorityTheme.ofPlan(id).stream().filter(t -> t.leadGroupId == null).map(t -> t.title).toList();
        if (!leaderless.isEmpty()) {
            throw ApiException.rule("theme-without-lead-group", "priority theme(s) " + leaderless
                    + " have no lead group; an adopted plan's themes each need one").with("themesWithoutLead", leaderless);
        }
        plan.closeRefresh();
        events.prioritiesChanged(plan);
        audit.record("plan", plan.id, "plan.refresh-closed", null);
        CommunitySafetyPlan.getEntityManager().flush();
        return plan;
    }
}
