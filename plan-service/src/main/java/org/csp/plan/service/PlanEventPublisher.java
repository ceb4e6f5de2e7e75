package org.csp.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.csp.plan.domain.ActionStatus;
import org.csp.plan.domain.CommunitySafetyPlan;
import org.csp.plan.domain.PlanAction;
import org.csp.plan.domain.PlanStatus;
import org.csp.plan.domain.PriorityTheme;
import org.csp.plan.messaging.PlanEvents;
import org.csp.platform.events.DomainEvent;
import org.csp.platform.outbox.EventPublisher;

/** Builds plan-service's event payloads and records them in the outbox of the current transaction. */
@ApplicationScoped
public class PlanEventPublisher {

    @Inject
    EventPublisher outbox;

    public void statusChanged(CommunitySafetyPlan plan, PlanStatus from, UUID decisionId) {
        outbox.publish(DomainEvent.of(PlanEvents.PLAN_AGGREGATE, plan.id, PlanEvents.PLAN_STATUS_CHANGED,
                new PlanEvents.PlanStatusChangedV1(plan.id, plan.title, plan.periodStart, plan.periodEnd, from.name(),
                        plan.status.name(), decisionId, false)));
    }

    public void refreshFlagged(CommunitySafetyPlan plan) {
        outbox.publish(DomainEvent.of(PlanEvents.PLAN_AGGREGATE, plan.id, PlanEvents.PLAN_STATUS_CHANGED,
                new PlanEvents.PlanStatusChangedV1(plan.id, plan.title, plan.periodStart, plan.periodEnd, plan.status.name(),
                        plan.status.name(), null, true)));
    }

    /** The plan's priorities in full; sent for ADOPTED and SUPERSEDED plans only. */
    public void prioritiesChanged(CommunitySafetyPlan plan) {
        if (plan.status != PlanStatus.ADOPTED && plan.status != PlanStatus.SUPERSEDED) {
            return;
        }
        List<PlanEvents.PrioritiesChangedV1.Priority> priorities = PriorityTheme.ofPlan(plan.id).stream()
                .map(t -> new PlanEvents.PrioritiesChangedV1.Priority(t.id, t.title)).toList();
        outbox.publish(DomainEvent.of(PlanEvents.PLAN_AGGREGATE, plan.id, PlanEvents.PRIORITIES_CHANGED,
                new PlanEvents.PrioritiesChangedV1(plan.id, plan.areaCode, plan.title, plan.status.name(), priorities)));
    }

    public void actionCreated(PlanAction action) {
        outbox.publish(DomainEvent.of(PlanEvents.ACTION_AGGREGATE, action.id, PlanEvents.ACTION_CREATED,
                new PlanEvents.ActionCreatedV1(action.id, action.planId, action.themeId, action.title, action.status.name(),
                        action.dueDate)));
    }

    public void actionStatusChanged(PlanAction action, ActionStatus from) {
        outbox.publish(DomainEvent.of(PlanEvents.ACTION_AGGREGATE, action.id, PlanEvents.ACTION_STATUS_CHANGED,
                new PlanEvents.ActionStatusChangedV1(action.id, action.planId, action.themeId, action.title,
                        from == null ? null : from.name(), action.status.name(), action.dueDate)));
    }
}
