package org.csp.grant.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.csp.grant.domain.PlanAction;
import org.csp.platform.events.IncomingEvent;
import org.csp.platform.events.PoisonMessageException;
import org.csp.platform.problem.ApiException;
import org.csp.platform.text.Texts;

/**
 * The plans' actions, known from plan-service's {@code action-created} and {@code action-status-changed} events, and
 * the rule that a bid funds only actions, not cancelled, that deliver the priorities it names. Applying the same event
 * twice leaves the same state.
 */
@ApplicationScoped
public class PlanActionService {

    static final int MAX_TITLE = 300;

    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

    /** The part of {@code action-created} v1 this service reads; unknown fields are ignored. */
    public record ActionCreated(UUID actionId, UUID planId, UUID priorityId, String title, String status) {
    }

    /** The part of {@code action-status-changed} v1 this service reads. */
    public record ActionStatusChanged(UUID actionId, UUID planId, UUID priorityId, String title, String toStatus) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void applyActionCreated(IncomingEvent event) {
        ActionCreated created = event.dataAs(ActionCreated.class, json);
        record(event, created.actionId(), created.planId(), created.priorityId(), created.title(), created.status());
    }

    /** Also records an action created before plan-service announced new actions, once its status changes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyActionStatusChanged(IncomingEvent event) {
        ActionStatusChanged changed = event.dataAs(ActionStatusChanged.class, json);
        record(event, changed.actionId(), changed.planId(), changed.priorityId(), changed.title(), changed.toStatus());
    }

    private void record(IncomingEvent event, UUID actionId, UUID planId, UUID priorityId, String title, String status) {
        if (actionId == null || planId == null || priorityId == null) {
            throw new PoisonMessageException(event.type().name() + " " + event.id() + " names no actionId, planId or priorityId");
        }
        PlanAction action = PlanAction.findById(actionId);
        boolean isNew = action == null;
        if (isNew) {
            action = new PlanAction();
            action.actionId = actionId;
        }
        action.planId = planId;
        action.priorityId = priorityId;
        action.title = Texts.clipped(title, MAX_TITLE);
        action.status = Texts.clipped(status, 20);
        action.updatedAt = clock.instant();
        if (isNew) {
            action.persist();
        }
    }

    /** The actions grant knows, of one priority when it is given, by title. */
    public PanacheQuery<PlanAction> list(UUID priorityId) {
        if (priorityId == null) {
            return PlanAction.find("order by title, actionId");
        }
        return PlanAction.find("priorityId = ?1 order by title, actionId", priorityId);
    }

    /**
     * Every action a bid funds must be an action plan-service announced, not cancelled, delivering one of the
     * priorities the bid names; otherwise 422 {@code action-not-fundable} listing the unknown ones, those of other
     * priorities and the cancelled ones.
     */
    public void requireFundable(Collection<UUID> actionIds, Collection<UUID> priorityIds) {
        if (actionIds == null || actionIds.isEmpty()) {
            return;
        }
        Map<UUID, PlanAction> known = PlanAction.<PlanAction>list("actionId in ?1", actionIds).stream()
                .collect(Collectors.toMap(a -> a.actionId, Function.identity()));
        List<UUID> unknown = actionIds.stream().filter(id -> !known.containsKey(id)).distinct().sorted().toList();
        List<UUID> otherPriorities = actionIds.stream().filter(known::containsKey)
                .filter(id -> !known.get(id).deliversOneOf(priorityIds)).distinct().sorted().toList();
        List<UUID> cancelled = actionIds.stream().filter(known::containsKey)
                .filter(id -> known.get(id).cancelled()).distinct().sorted().toList();
        if (!unknown.isEmpty() || !otherPriorities.isEmpty() || !cancelled.isEmpty()) {
            List<String> reasons = new ArrayList<>();
            if (!unknown.isEmpty()) {
                reasons.add("actions " + unknown + " are not known actions of any plan");
            }
            if (!otherPriorities.isEmpty()) {
                reasons.add("actions " + otherPriorities + " deliver other priorities");
            }
            if (!cancelled.isEmpty()) {
                reasons.add("actions " + cancelled + " are cancelled");
            }
            throw ApiException.rule("action-not-fundable", "a bid funds only plan actions, not cancelled, that deliver the "
                            + "priorities it names; " + String.join("; ", reasons))
                    .with("unknownActionIds", unknown)
                    .with("actionIdsOfOtherPriorities", otherPriorities)
                    .with("cancelledActionIds", cancelled);
        }
    }
}
