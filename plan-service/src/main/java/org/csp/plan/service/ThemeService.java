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
import org.csp.plan.domain.PartnershipGroup;
import org.csp.plan.domain.PlanStatus;
import org.csp.plan.domain.PriorityTheme;
import org.csp.plan.domain.ThemeEvidence;
import org.csp.plan.rest.PlanDtos;
import org.csp.plan.rest.PlanDtos.ThemeRequest;
import org.csp.plan.rest.PlanDtos.ThemeView;
import org.csp.platform.audit.AuditTrail;
import org.csp.platform.http.Etags;
import org.csp.platform.paging.Page;
import org.csp.platform.paging.PageRequest;
import org.csp.platform.problem.ApiException;

/** Priority themes of a plan; an adopted plan's themes change only during a refresh. */
@ApplicationScoped
public class ThemeService {

    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    PlanEventPublisher events;

    @Transactional
    public PriorityTheme create(UUID planId, ThemeRequest request) {
        CommunitySafetyPlan plan = CommunitySafetyPlan.require(planId);
        plan.requirePrioritiesEditable();
        PriorityTheme theme = new PriorityTheme();
        theme.id = UUID.randomUUID();
        theme.planId = planId;
        theme.createdAt = clock.instant();
        apply(plan, theme, request);
        theme.persist();
        audit.record("theme", theme.id, "theme.created", request);
        events.prioritiesChanged(plan);
        return theme;
    }

    /** Adds a theme made from a proposal (the caller has checked the plan is editable). */
    PriorityTheme createFrom(CommunitySafetyPlan plan, String title, String why, String objective, String focus, UUID leadGroupId,
            ThemeEvidence evidence) {
        if (leadGroupId != null && PartnershipGroup.findById(leadGroupId) == null) {
            throw ApiException.invalidField("leadGroupId", "no group " + leadGroupId);
        }
        requireLeadInAdoptedPlan(plan, leadGroupId);
        PriorityTheme theme = new PriorityTheme();
        theme.id = UUID.randomUUID();
        theme.planId = plan.id;
        theme.createdAt = clock.instant();
        theme.position = nextPosition(plan.id);
        theme.title = title;
        theme.whyImportant = why;
        theme.objective = objective;
        theme.focus = focus;
        theme.leadGroupId = leadGroupId;
        theme.evidence.add(evidence);
        theme.persist();
        return theme;
    }

    @Transactional
    public PriorityTheme update(UUID id, String ifMatch, ThemeRequest request) {
        PriorityTheme theme = PriorityTheme.require(id);
        Etags.requireMatch(ifMatch, theme.version);
        CommunitySafetyPlan plan = CommunitySafetyPlan.require(theme.planId);
        if (plan.status != PlanStatus.RECOMMENDED || !changesOnlyWhoDelivers(theme, request)) {
            plan.requirePrioritiesEditable();
        }
        apply(plan, theme, request);
        audit.record("theme", theme.id, "theme.updated", request);
        PriorityTheme.getEntityManager().flush();
        events.prioritiesChanged(plan);
        return theme;
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        PriorityTheme theme = PriorityTheme.require(id);
        Etags.requireMatch(ifMatch, theme.version);
        CommunitySafetyPlan plan = CommunitySafetyPlan.require(theme.planId);
        plan.requirePrioritiesEditable();
        if (ActionPlan.count("themeId", id) > 0) {
            throw ApiException.conflict("theme-has-action-plans", "theme " + id + " has action plans; remove them first");
        }
        PriorityTheme.getEntityManager().createQuery("update PriorityProposal p set p.themeId = null where p.themeId = :id")
                .setParameter("id", id).executeUpdate();
        theme.delete();
        audit.record("theme", id, "theme.deleted", null);
        PriorityTheme.getEntityManager().flush();
        events.prioritiesChanged(plan);
    }

    private void apply(CommunitySafetyPlan plan, PriorityTheme theme, ThemeRequest request) {
        if (request.leadGroupId() != null && PartnershipGroup.findById(request.leadGroupId()) == null) {
            throw ApiException.invalidField("leadGroupId", "no group " + request.leadGroupId());
        }
        requireLeadInAdoptedPlan(plan, request.leadGroupId());
        if (request.supportingGroupIds() != null) {
            for (UUID group : request.supportingGroupIds()) {
                if (PartnershipGroup.findById(group) == null) {
                    throw ApiException.invalidField("supportingGroupIds", "no group " + group);
                }
            }
        }
        theme.title = request.title();
        theme.whyImportant = request.whyImportant();
        theme.objective = request.objective();
        theme.focus = request.focus();
        theme.leadGroupId = request.leadGroupId();
        theme.position = request.position() != null ? request.position()
                : theme.position > 0 ? theme.position : nextPosition(plan.id);
        theme.supportingGroupIds.clear();
        if (request.supportingGroupIds() != null) {
            theme.supportingGroupIds.addAll(request.supportingGroupIds());
        }
        theme.pccPriorities.clear();
        if (request.pccPriorities() != null) {
            theme.pccPriorities.addAll(request.pccPriorities());
        }
        theme.evidence.clear();
        if (request.evidence() != null) {
            request.evidence().forEach(e -> theme.evidence.add(new ThemeEvidence(e.recommendationId(), e.assessmentId(), e.title())));
        }
    }

    /**
     * Rule: while a recommended plan awaits Council only who delivers a theme (its lead and supporting groups) may
     * change, so a missing lead group can be named before adoption; what the committee recommended stays as it was.
     */
    static boolean changesOnlyWhoDelivers(PriorityTheme theme, ThemeRequest request) {
        List<PlanDtos.Evidence> evidence = theme.evidence.stream().map(PlanDtos::evidence).toList();
        boolean sameEvidence = evidence.equals(request.evidence() == null ? List.of() : request.evidence());
        return sameEvidence && theme.title.equals(request.title())
                && java.util.Objects.equals(theme.whyImportant, request.whyImportant())
                && java.util.Objects.equals(theme.objective, request.objective())
                && java.util.Objects.equals(theme.focus, request.focus())
                && (request.position() == null || request.position() == theme.position)
                && theme.pccPriorities.equals(request.pccPriorities() == null ? List.of() : request.pccPriorities());
    }

    /** Rule: in an adopted plan (being refreshed) every theme keeps a lead group. */
    private static void requireLeadInAdoptedPlan(CommunitySafetyPlan plan, UUID leadGroupId) {
        if (plan.status == PlanStatus.ADOPTED && leadGroupId == null) {
            throw ApiException.rule("theme-without-lead-group", "plan " + plan.id
                    + " is ADOPTED; each of its priority themes needs a lead group").with("field", "leadGroupId");
        }
    }

    static int nextPosition(UUID planId) {
        Integer max = PriorityTheme.getEntityManager()
                .createQuery("select max(t.position) from PriorityTheme t where t.planId = :plan", Integer.class)
                .setParameter("plan", planId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    public Page<ThemeView> list(UUID planId, UUID leadGroupId, PageRequest paging) {
        CommunitySafetyPlan.require(planId);
        StringBuilder query = new StringBuilder("planId = :plan");
        Map<String, Object> params = new HashMap<>();
        params.put("plan", planId);
        if (leadGroupId != null) {
            query.append(" and leadGroupId = :lead");
            params.put("lead", leadGroupId);
        }
        query.append(" order by position, title, id");
        return Page.of(PriorityTheme.find(query.toString(), params), paging, ThemeView::of);
    }

    public List<PriorityTheme> ofPlan(UUID planId) {
        return PriorityTheme.ofPlan(planId);
    }
}
