package org.csp.plan.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.csp.plan.domain.CommunitySafetyPlan;
import org.csp.plan.domain.PlanStatus;
import org.csp.plan.domain.PriorityTheme;
import org.csp.platform.audit.AuditTrail;
import org.csp.platform.events.IncomingEvent;
import org.csp.platform.events.PoisonMessageException;
import org.jboss.logging.Logger;

/**
 * Moves plans through their lifecycle when a governance decision has taken effect ({@code decision-effective} v1):
 * RECOMMEND → RECOMMENDED (from DRAFT); ADOPT → ADOPTED (from RECOMMENDED), superseding the plan it replaces.
 * Decisions about anything else, or other actions on a plan, are not this service's business.
 */
@ApplicationScoped
public class PlanDecisionService {

    static final String PLAN_SUBJECT = "community-safety-plan";
    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Logger LOG = Logger.getLogger(PlanDecisionService.class);

    @Inject
    ObjectMapper json;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    PlanEventPublisher events;

    /** The part of {@code decision-effective} v1 this service reads. */
    public record DecisionEffective(UUID decisionId, String bodyName, String minuteNumber, LocalDate meetingDate,
            Subject subject, String action, Instant effectiveAt) {
        public record Subject(String type, String id) {
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void applyEffectiveDecision(IncomingEvent event) {
        DecisionEffective decision = event.dataAs(DecisionEffective.class, json);
        if (decision.subject() == null || !PLAN_SUBJECT.equals(decision.subject().type())) {
            return;
        }
        if (!"RECOMMEND".equals(decision.action()) && !"ADOPT".equals(decision.action())) {
            return;
        }
        if (decision.decisionId() == null) {
            throw new PoisonMessageException("decision-effective " + event.id() + " has no decisionId");
        }
        UUID planId;
        try {
            planId = UUID.fromString(String.valueOf(decision.subject().id()));
        } catch (IllegalArgumentException e) {
            throw new PoisonMessageException("decision " + decision.decisionId() + " names plan '" + decision.subject().id()
                    + "', which is not a plan id");
        }
        CommunitySafetyPlan plan = CommunitySafetyPlan.findById(planId);
        if (plan == null) {
            throw new PoisonMessageException("decision " + decision.decisionId() + " refers to plan " + planId
                    + ", which does not exist");
        }
        if (plan.wasMovedBy(decision.decisionId())) {
            // Already applied: the same decision again under a new event id (a governance replay) changes nothing.
            LOG.infof("decision %s (%s) already moved plan %s; event %s changes nothing", decision.decisionId(),
                    decision.action(), planId, event.id());
            return;
        }
        LocalDate on = (decision.effectiveAt() != null ? decision.effectiveAt() : clock.instant()).atZone(UK).toLocalDate();
        PlanStatus from = plan.status;
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("decisionId", decision.decisionId());
        changes.put("action", decision.action());
        changes.put("bodyName", decision.bodyName());
        changes.put("minuteNumber", decision.minuteNumber());
        if ("RECOMMEND".equals(decision.action())) {
            plan.recommend(decision.decisionId(), on, PriorityTheme.count("planId", planId));
            audit.record("plan", plan.id, "plan.recommended", changes);
            events.statusChanged(plan, from, decision.decisionId());
            return;
        }
        plan.adopt(decision.decisionId(), on, PriorityTheme.ofPlan(planId));
        audit.record("plan", plan.id, "plan.adopted", changes);
        events.statusChanged(plan, from, decision.decisionId());
        events.prioritiesChanged(plan);
        if (plan.replacesPlanId != null) {
            CommunitySafetyPlan earlier = CommunitySafetyPlan.findById(plan.replacesPlanId);
            if (earlier != null && earlier.status == PlanStatus.ADOPTED) {
                earlier.supersede(plan.id, on);
                audit.record("plan", earlier.id, "plan.superseded", Map.of("supersededBy", plan.id,
                        "decisionId", decision.decisionId()));
                events.statusChanged(earlier, PlanStatus.ADOPTED, decision.decisionId());
                events.prioritiesChanged(earlier);
            }
        }
    }
}
