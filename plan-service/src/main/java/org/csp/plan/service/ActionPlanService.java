package org.csp.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.csp.plan.domain.ActionPlan;
import org.csp.plan.domain.CommunitySafetyPlan;
import org.csp.plan.domain.PlanStatus;
import org.csp.plan.domain.PriorityTheme;
import org.csp.plan.rest.ActionDtos.ActionPlanView;
import org.csp.plan.rest.ActionDtos.CreateActionPlan;
import org.csp.platform.audit.AuditTrail;
import org.csp.platform.http.Etags;
import org.csp.platform.paging.Page;
import org.csp.platform.paging.PageRequest;
import org.csp.platform.persistence.UniqueKeys;
import org.csp.platform.problem.ApiException;
import org.csp.platform.time.FinancialYear;

/** A theme's yearly action plans. */
@ApplicationScoped
public class ActionPlanService {

    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    @Transactional
    public ActionPlan create(UUID themeId, CreateActionPlan request) {
        PriorityTheme theme = PriorityTheme.require(themeId);
        CommunitySafetyPlan plan = CommunitySafetyPlan.require(theme.planId);
        requireActive(plan);
        FinancialYear year = FinancialYear.parse(request.financialYear(), "financialYear");
        if (!plan.covers(year.start())) {
            throw ApiException.rule("year-outside-plan-period", "financial year " + year + " is outside the plan's period "
                    + plan.periodStart + " to " + plan.periodEnd).with("field", "financialYear");
        }
        String exists = "theme " + themeId + " already has an action plan for " + year;
        if (ActionPlan.count("themeId = ?1 and financialYear = ?2", themeId, year.label()) > 0) {
            throw ApiException.conflict("action-plan-exists", exists);
        }
        ActionPlan actionPlan = new ActionPlan();
        actionPlan.id = UUID.randomUUID();
        actionPlan.planId = plan.id;
        actionPlan.themeId = themeId;
        actionPlan.financialYear = year.label();
        actionPlan.outcome = request.outcome();
        actionPlan.createdAt = clock.instant();
        UniqueKeys.persistOrConflict(actionPlan, "action-plan-exists", exists);
        audit.record("action-plan", actionPlan.id, "action-plan.created", request);
        return actionPlan;
    }

    @Transactional
    public ActionPlan update(UUID id, String ifMatch, String outcome) {
        ActionPlan actionPlan = ActionPlan.require(id);
        Etags.requireMatch(ifMatch, actionPlan.version);
        requireActive(CommunitySafetyPlan.require(actionPlan.planId));
        actionPlan.outcome = outcome;
        audit.record("action-plan", actionPlan.id, "action-plan.updated", Map.of("outcome", outcome));
        ActionPlan.getEntityManager().flush();
        return actionPlan;
    }

    /** Rule: a superseded plan's action plans are history. */
    static void requireActive(CommunitySafetyPlan plan) {
        if (plan.status == PlanStatus.SUPERSEDED) {
            throw ApiException.conflict("plan-superseded", "plan " + plan.id + " is SUPERSEDED; its action plans are history");
        }
    }

    public Page<ActionPlanView> list(UUID planId, UUID themeId, String financialYear, PageRequest paging) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (planId != null) {
            query.append(" and planId = :plan");
            params.put("plan", planId);
        }
        if (themeId != null) {
            query.append(" and themeId = :theme");
            params.put("theme", themeId);
        }
        if (financialYear != null) {
            query.append(" and financialYear = :year");
            params.put("year", financialYear);
        }
        query.append(" order by financialYear, createdAt, id");
        return Page.of(ActionPlan.find(query.toString(), params), paging, ActionPlanView::of);
    }
}
