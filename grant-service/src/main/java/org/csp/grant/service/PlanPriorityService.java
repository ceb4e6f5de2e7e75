package org.csp.grant.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
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
import org.csp.grant.domain.GrantAward;
import org.csp.grant.domain.PlanPriority;
import org.csp.platform.audit.AuditTrail;
import org.csp.platform.events.IncomingEvent;
import org.csp.platform.events.PoisonMessageException;
import org.csp.platform.problem.ApiException;
import org.csp.platform.text.Texts;

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

    /**
     * The part of {@code priorities-changed} v1 this service reads; unknown fields are ignored. {@code areaCode} is
     * absent from events published before it was added.
     */
    public record PrioritiesChanged(UUID planId, String areaCode, String title, String status, List<Priority> priorities) {
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
                    + Texts.clipped(changed.status(), 50) + "'; expected ADOPTED or SUPERSEDED");
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
            priority.areaCode = Texts.clipped(changed.areaCode(), 50);
            priority.planTitle = Texts.clipped(changed.title(), 500);
            priority.title = Texts.clipped(p.title(), MAX_TITLE);
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

    /**
     * A bid under the award must name at least one priority, and every one it names must be a priority of the
     * current adopted plan of the award's area (of any area for an award made before awards had one).
     */
    public void requireDeliverable(Collection<UUID> priorityIds, GrantAward award) {
        String plan = award.areaCode == null ? "the current adopted plan" : "the current adopted plan of area " + award.areaCode;
        if (priorityIds == null || priorityIds.isEmpty()) {
            throw ApiException.rule("bid-without-current-priority", "a bid must name at least one priority of " + plan);
        }
        Map<UUID, PlanPriority> known = byId(priorityIds);
        List<UUID> refused = priorityIds.stream()
                .filter(id -> !known.containsKey(id) || !known.get(id).deliverableUnder(award)).sorted().toList();
        if (!refused.isEmpty()) {
            ApiException problem = ApiException.rule("priority-not-current", "priorities " + refused + " are not priorities of "
                    + plan + "; a bid must deliver current plan priorities of the area its award funds")
                    .with("notCurrentPriorityIds", refused);
            if (award.areaCode != null) {
                problem.with("areaCode", award.areaCode);
            }
            throw problem;
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

    /** The current priorities of every area, or of one. */
    public PanacheQuery<PlanPriority> current(String areaCode) {
        if (areaCode == null) {
            return PlanPriority.find("current = true order by areaCode nulls last, title, priorityId");
        }
        return PlanPriority.find("current = true and areaCode = ?1 order by title, priorityId", areaCode);
    }
}
