package org.csp.grant.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
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

/**
 * The plans' actions, known from plan-service's {@code action-created} events, and the rule that a bid funds only
 * actions that deliver the priorities it names. Applying the same event twice leaves the same state.
 */
@ApplicationScoped
public class PlanActionService {

    static final int MAX_TITLE = 300;

    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

    /** The part of {@code action-created} v1 this service reads; unknown fields are ignored. */
    public record ActionCreated(UUID actionId, UUID planId, UUID priorityId, String title, String status, LocalDate dueDate) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void applyActionCreated(IncomingEvent event) {
        ActionCreated created = event.dataAs(ActionCreated.class, json);
        if (created.actionId() == null || created.planId() == null || created.priorityId() == null) {
            throw new PoisonMessageException("action-created " + event.id() + " names no actionId, planId or priorityId");
        }
        PlanAction action = PlanAction.findById(created.actionId());
        boolean isNew = action == null;
        if (isNew) {
            action = new PlanAction();
            action.actionId = created.actionId();
        }
        action.planId = created.planId();
        action.priorityId = created.priorityId();
        action.title = created.title() == null || created.title().length() <= MAX_TITLE ? created.title()
                : created.title().substring(0, MAX_TITLE);
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
     * Every action a bid funds must be an action plan-service announced, delivering one of the priorities the bid
     * names; otherwise 422 {@code action-not-fundable} listing the unknown ones and those of other priorities.
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
        if (!unknown.isEmpty() || !otherPriorities.isEmpty()) {
            throw ApiException.rule("action-not-fundable", "a bid funds only plan actions that deliver the priorities it names; "
                            + (unknown.isEmpty() ? "" : "actions " + unknown + " are not known actions of any plan"
                            + (otherPriorities.isEmpty() ? "" : "; "))
                            + (otherPriorities.isEmpty() ? "" : "actions " + otherPriorities + " deliver other priorities"))
                    .with("unknownActionIds", unknown.stream().map(UUID::toString).toList())
                    .with("actionIdsOfOtherPriorities", otherPriorities.stream().map(UUID::toString).toList());
        }
    }
}
