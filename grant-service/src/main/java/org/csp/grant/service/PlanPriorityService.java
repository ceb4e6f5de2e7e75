package org.csp.grant.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.csp.grant.domain.PlanPriority;
import org.csp.platform.audit.AuditTrail;
import org.csp.platform.events.IncomingEvent;
import org.csp.platform.events.PoisonMessageException;
import org.csp.platform.problem.ApiException;

/**
 * The current plan priorities, known from plan-service's {@code priorities-changed} events: an ADOPTED
 * plan's priorities are current (exactly the ones listed); a SUPERSEDED plan's are no longer current.
 * Applying the same event twice leaves the same state.
 */
@ApplicationScoped
public class PlanPriorityService {

    static final int MAX_TITLE = 1000;

    @Inject
    ObjectMapper json;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** The part of {@code priorities-changed} v1 this service reads; unknown fields are ignored. */
    public record PrioritiesChanged(UUID planId, String title, String status, List<Priority> priorities) {
        public record Priority(UUID priorityId, String title) {
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void applyPrioritiesChanged(IncomingEvent event) {
        PrioritiesChanged changed = event.dataAs(PrioritiesChanged.class, json);
        if (changed.planId() == null || changed.status() == null) {
            throw new PoisonMessageException("priorities-changed " + event.id() + " names no planId or no status");
        }
        switch (changed.status()) {
            case "ADOPTED" -> adopt(event, changed);
            case "SUPERSEDED" -> supersede(changed);
            default -> throw new PoisonMessageException("priorities-changed " + event.id() + " has status '"
                    + truncate(changed.status(), 50) + "'; expected ADOPTED or SUPERSEDED");
        }
        audit.record("community-safety-plan", changed.planId(), "plan-priorities." + changed.status().toLowerCase(),
                Map.of("eventId", event.id(), "priorities", changed.priorities() == null ? 0 : changed.priorities().size()));
    }

    private void adopt(IncomingEvent event, PrioritiesChanged changed) {
        List<PrioritiesChanged.Priority> listed = changed.priorities() == null ? List.of() : changed.priorities();
        Set<UUID> ids = new HashSet<>();
        for (PrioritiesChanged.Priority p : listed) {
            if (p == null || p.priorityId() == null || p.title() == null || p.title().isBlank()) {
                throw new PoisonMessageException("priorities-changed " + event.id() + " has a priority without id or title");
            }
            ids.add(p.priorityId());
        }
        List<PlanPriority> known = PlanPriority.list("planId", changed.planId());
        for (PlanPriority p : known) {
            if (!ids.contains(p.priorityId)) {
                p.current = false;
                p.updatedAt = clock.instant();
            }
        }
        for (PrioritiesChanged.Priority p : listed) {
            PlanPriority priority = PlanPriority.findById(p.priorityId());
            boolean created = priority == null;
            if (created) {
                priority = new PlanPriority();
                priority.priorityId = p.priorityId();
            }
            priority.planId = changed.planId();
            priority.planTitle = truncate(changed.title(), 500);
            priority.title = truncate(p.title(), MAX_TITLE);
            priority.current = true;
            priority.updatedAt = clock.instant();
            if (created) {
                priority.persist();
            }
        }
    }

    private void supersede(PrioritiesChanged changed) {
        for (PlanPriority p : PlanPriority.<PlanPriority>list("planId", changed.planId())) {
            p.current = false;
            p.updatedAt = clock.instant();
        }
    }

    /** Every named priority must be a priority of the current adopted plan; at least one must be named. */
    public void requireCurrent(Collection<UUID> priorityIds) {
        if (priorityIds == null || priorityIds.isEmpty()) {
            throw ApiException.rule("bid-without-current-priority",
                    "a bid must name at least one priority of the current adopted plan");
        }
        Set<UUID> current = PlanPriority.<PlanPriority>list("priorityId in ?1 and current = true", priorityIds).stream()
                .map(p -> p.priorityId).collect(Collectors.toSet());
        List<UUID> notCurrent = priorityIds.stream().filter(id -> !current.contains(id)).sorted().toList();
        if (!notCurrent.isEmpty()) {
            throw ApiException.rule("priority-not-current", "priorities " + notCurrent
                    + " are not priorities of the current adopted plan; a bid must deliver current plan priorities")
                    .with("notCurrentPriorityIds", notCurrent.stream().map(UUID::toString).toList());
        }
    }

    /** Titles of the given priorities (current or not), by id. */
    public Map<UUID, PlanPriority> byId(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return PlanPriority.<PlanPriority>list("priorityId in ?1", ids).stream()
                .collect(Collectors.toMap(p -> p.priorityId, Function.identity()));
    }

    public List<PlanPriority> current() {
        return PlanPriority.list("current = true order by title, priorityId");
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
