package org.csp.grant.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csp.grant.domain.ApplicantType;
import org.csp.grant.domain.BidStatus;
import org.csp.grant.domain.BidTransition;
import org.csp.grant.domain.CalendarDates;
import org.csp.grant.domain.GrantAward;
import org.csp.grant.domain.GrantBid;
import org.csp.grant.domain.SiftOutcome;
import org.csp.grant.messaging.GrantEvents;
import org.csp.grant.rest.BidDtos.AllocationRequest;
import org.csp.grant.rest.BidDtos.ApproveRequest;
import org.csp.grant.rest.BidDtos.BidInput;
import org.csp.grant.rest.BidDtos.SiftRequest;
import org.csp.platform.audit.AuditTrail;
import org.csp.platform.events.DomainEvent;
import org.csp.platform.http.Etags;
import org.csp.platform.outbox.EventPublisher;
import org.csp.platform.problem.ApiException;
import org.csp.platform.security.Actor;
import org.csp.platform.security.CurrentActor;
import org.csp.platform.time.FinancialYear;

/**
 * Owns the transactions of bids: drafting, the lifecycle with each transition recorded, approval and
 * allocation changes. Anything that changes money locks the award row first, then the bid row.
 */
@ApplicationScoped
public class BidService {

    @Inject
    EventPublisher events;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    CurrentActor currentActor;
    @Inject
    AwardService awards;
    @Inject
    PlanActionService actions;
    @Inject
    PlanPriorityService priorities;

    @Transactional
    public GrantBid create(BidInput input) {
        Actor actor = currentActor.get();
        String owner = ownerFor(actor, input);
        GrantBid bid = new GrantBid();
        bid.id = UUID.randomUUID();
        bid.status = BidStatus.DRAFT;
        bid.createdAt = clock.instant();
        bid.createdBy = actor.subject();
        bid.ownerAgency = owner;
        apply(bid, input);
        bid.persist();
        record(bid, null, BidStatus.DRAFT, null, actor);
        audit.record(GrantEvents.BID, bid.id, "bid.created", input);
        return bid;
    }

    @Transactional
    public GrantBid update(UUID id, String ifMatch, BidInput input) {
        Actor actor = currentActor.get();
        GrantBid bid = changeable(id, actor, ifMatch);
        bid.requireDraft();
        bid.ownerAgency = ownerFor(actor, input);
        apply(bid, input);
        audit.record(GrantEvents.BID, bid.id, "bid.updated", input);
        return bid;
    }

    @Transactional
    public GrantBid submit(UUID id, String ifMatch) {
        Actor actor = currentActor.get();
        GrantBid bid = changeable(id, actor, ifMatch);
        bid.requireTransition(BidStatus.SUBMITTED);
        priorities.requireDeliverable(bid.priorityIds, awards.get(bid.awardId));
        bid.submittedAt = clock.instant();
        transition(bid, BidStatus.SUBMITTED, null, actor);
        return bid;
    }

    @Transactional
    public GrantBid sift(UUID id, String ifMatch, SiftRequest request) {
        Actor actor = currentActor.get();
        GrantBid bid = changeable(id, actor, ifMatch);
        bid.requireTransition(BidStatus.SIFTED);
        if (request.outcome() == SiftOutcome.REJECTED && (request.reason() == null || request.reason().isBlank())) {
            throw ApiException.invalidField("reason", "a rejected bid needs the reason");
        }
        bid.siftOutcome = request.outcome();
        bid.siftReason = request.reason();
        transition(bid, BidStatus.SIFTED, request.outcome() + (request.reason() == null ? "" : ": " + request.reason()), actor);
        return bid;
    }

    /**
     * Approval allocates money from the award: refused (422 with the figures) when the award cannot cover it. It is dated
     * the day the panel decided ({@code approvedOn}, today when not given), never after today.
     */
    @Transactional
    public GrantBid approve(UUID id, String ifMatch, ApproveRequest request) {
        Actor actor = currentActor.get();
        CalendarDates.requirePlausible("approvedOn", request.approvedOn());
        GrantAward award = awards.lock(awardIdOf(id));
        GrantBid bid = changeable(id, actor, ifMatch);
        bid.requireTransition(BidStatus.APPROVED);
        LocalDate today = LocalDate.now(clock);
        LocalDate approvedOn = request.approvedOn() != null ? request.approvedOn() : today;
        GrantBid.requireApprovalDate(approvedOn, today);
        // the actions the money goes to, named now or on the draft, must still be fundable (one may have been cancelled)
        actions.requireFundable(request.actionIds() != null ? request.actionIds() : bid.actionIds, bid.priorityIds);
        bid.requireAllocationFits(request.allocatedPence());
        award.allocate(request.allocatedPence());
        bid.allocatedPence = request.allocatedPence();
        bid.approvedOn = approvedOn;
        if (request.actionIds() != null) {
            bid.actionIds.clear();
            bid.actionIds.addAll(request.actionIds());
        }
        transition(bid, BidStatus.APPROVED, request.reason(), actor);
        events.publish(DomainEvent.of(GrantEvents.BID, bid.id, GrantEvents.BID_APPROVED,
                new GrantEvents.BidApprovedV1(bid.id, bid.awardId, bid.financialYear, bid.title, bid.applicant,
                        bid.allocatedPence, bid.priorityIds.stream().sorted().toList(), bid.actionIds.stream().sorted().toList())));
        return bid;
    }

    /** A new allocation for a funded bid: within the award, not above the request, not below what was paid. */
    @Transactional
    public GrantBid changeAllocation(UUID id, String ifMatch, AllocationRequest request) {
        Actor actor = currentActor.get();
        GrantAward award = awards.lock(awardIdOf(id));
        GrantBid bid = changeable(id, actor, ifMatch);
        if (bid.status != BidStatus.APPROVED && bid.status != BidStatus.IN_DELIVERY) {
            throw ApiException.conflict("bid-not-allocated", "bid " + id + " is " + bid.status
                    + "; only an APPROVED or IN_DELIVERY bid's allocation can change").with("currentStatus", bid.status.name());
        }
        bid.requireAllocationFits(request.allocatedPence());
        long previous = bid.allocatedPence;
        long delta = request.allocatedPence() - previous;
        if (delta > 0) {
            award.allocate(delta);
        } else {
            award.release(-delta);
        }
        bid.allocatedPence = request.allocatedPence();
        publishAllocationChanged(bid, previous);
        audit.record(GrantEvents.BID, bid.id, "bid.allocation-changed",
                Map.of("previousPence", previous, "allocatedPence", bid.allocatedPence, "reason", request.reason()));
        return bid;
    }

    @Transactional
    public GrantBid startDelivery(UUID id, String ifMatch, String reason) {
        Actor actor = currentActor.get();
        GrantBid bid = changeable(id, actor, ifMatch);
        bid.requireTransition(BidStatus.IN_DELIVERY);
        transition(bid, BidStatus.IN_DELIVERY, reason, actor);
        return bid;
    }

    @Transactional
    public GrantBid complete(UUID id, String ifMatch, String reason) {
        Actor actor = currentActor.get();
        GrantBid bid = changeable(id, actor, ifMatch);
        bid.requireTransition(BidStatus.COMPLETED);
        transition(bid, BidStatus.COMPLETED, reason, actor);
        return bid;
    }

    /** Withdrawing an approved bid releases what was allocated and not paid back to the award. */
    @Transactional
    public GrantBid withdraw(UUID id, String ifMatch, String reason) {
        Actor actor = currentActor.get();
        GrantAward award = awards.lock(awardIdOf(id));
        GrantBid bid = changeable(id, actor, ifMatch);
        bid.requireTransition(BidStatus.WITHDRAWN);
        if (bid.status == BidStatus.APPROVED && bid.unpaidPence() > 0) {
            long previous = bid.allocatedPence;
            award.release(bid.unpaidPence());
            bid.allocatedPence = bid.paidPence;
            publishAllocationChanged(bid, previous);
        }
        transition(bid, BidStatus.WITHDRAWN, reason, actor);
        return bid;
    }

    public GrantBid get(UUID id) {
        GrantBid bid = GrantBid.findById(id);
        if (bid == null || !BidAccess.maySee(currentActor.get(), bid)) {
            throw ApiException.notFound("bid", id);
        }
        return bid;
    }

    public PanacheQuery<BidTransition> transitions(UUID id) {
        get(id);
        return BidTransition.find("bidId = ?1 order by occurredAt, id", id);
    }

    /** Bids the caller may see, filtered; oldest first. */
    public PanacheQuery<GrantBid> list(BidFilter filter) {
        Actor actor = currentActor.get();
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!actor.actsForWholePartnership()) {
            if (actor.hasRole(org.csp.platform.security.Roles.AGENCY)) {
                where.append(" and ownerAgency = :agency");
                params.put("agency", actor.agency() == null ? "" : actor.agency());
            } else {
                where.append(" and submittedAt is not null");
            }
        }
        if (filter.financialYear() != null) {
            FinancialYear.parse(filter.financialYear(), "year");
            where.append(" and financialYear = :year");
            params.put("year", filter.financialYear());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status());
        }
        if (filter.applicant() != null) {
            where.append(" and applicant = :applicant");
            params.put("applicant", filter.applicant());
        }
        if (filter.awardId() != null) {
            where.append(" and awardId = :award");
            params.put("award", filter.awardId());
        }
        if (filter.priorityId() != null) {
            where.append(" and :priority member of priorityIds");
            params.put("priority", filter.priorityId());
        }
        return GrantBid.find(where + " order by createdAt, id", params);
    }

    public record BidFilter(String financialYear, BidStatus status, String applicant, UUID priorityId, UUID awardId) {
    }

    /** The award a bid belongs to, read without loading the bid (so the award can be locked first). */
    UUID awardIdOf(UUID bidId) {
        List<UUID> ids = GrantBid.getEntityManager()
                .createQuery("select b.awardId from GrantBid b where b.id = :id", UUID.class)
                .setParameter("id", bidId).getResultList();
        if (ids.isEmpty()) {
            throw ApiException.notFound("bid", bidId);
        }
        return ids.get(0);
    }

    /** The bid, locked, if the actor may see and change it and If-Match names its current version. */
    GrantBid changeable(UUID id, Actor actor, String ifMatch) {
        GrantBid bid = GrantBid.<GrantBid>find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (bid == null || !BidAccess.maySee(actor, bid)) {
            throw ApiException.notFound("bid", id);
        }
        if (!BidAccess.mayChange(actor, bid)) {
            throw new ApiException(403, "forbidden", "Not allowed", "you may not change bid " + id);
        }
        Etags.requireMatch(ifMatch, bid.version);
        return bid;
    }

    private String ownerFor(Actor actor, BidInput input) {
        if (actor.actsForWholePartnership()) {
            return input.applicantType() == ApplicantType.AGENCY ? input.applicant() : null;
        }
        if (input.applicantType() != ApplicantType.AGENCY || actor.agency() == null
                || !actor.agency().equals(input.applicant())) {
            throw new ApiException(403, "forbidden", "Not allowed",
                    "a partner agency bids only for itself: applicantType AGENCY and applicant '"
                            + (actor.agency() == null ? "" : actor.agency()) + "'");
        }
        return actor.agency();
    }

    private void apply(GrantBid bid, BidInput input) {
        GrantAward award = GrantAward.findById(input.awardId());
        if (award == null) {
            throw ApiException.rule("award-unknown", "award " + input.awardId() + " does not exist")
                    .with("awardId", input.awardId().toString());
        }
        GrantBid.requireDeliveryDates(input.deliveryStart(), input.deliveryEnd());
        priorities.requireDeliverable(new LinkedHashSet<>(input.priorityIds()), award);
        actions.requireFundable(input.actionIds(), input.priorityIds());
        bid.awardId = award.id;
        bid.financialYear = award.financialYear;
        bid.title = input.title();
        bid.description = input.description();
        bid.applicantType = input.applicantType();
        bid.applicant = input.applicant();
        bid.applicantName = input.applicantName();
        bid.amountRequestedPence = input.amountRequestedPence();
        bid.expectedOutcomes = input.expectedOutcomes();
        bid.deliveryStart = input.deliveryStart();
        bid.deliveryEnd = input.deliveryEnd();
        bid.priorityIds.clear();
        bid.priorityIds.addAll(input.priorityIds());
        bid.pccPriorities.clear();
        if (input.pccPriorities() != null) {
            bid.pccPriorities.addAll(input.pccPriorities());
        }
        bid.actionIds.clear();
        if (input.actionIds() != null) {
            bid.actionIds.addAll(input.actionIds());
        }
    }

    private void transition(GrantBid bid, BidStatus to, String reason, Actor actor) {
        BidStatus from = bid.status;
        bid.status = to;
        record(bid, from, to, reason, actor);
        events.publish(DomainEvent.of(GrantEvents.BID, bid.id, GrantEvents.BID_STATUS_CHANGED,
                new GrantEvents.BidStatusChangedV1(bid.id, bid.awardId, from.name(), to.name(), reason)));
        Map<String, Object> change = new HashMap<>();
        change.put("fromStatus", from.name());
        change.put("toStatus", to.name());
        change.put("reason", reason);
        change.put("allocatedPence", bid.allocatedPence);
        audit.record(GrantEvents.BID, bid.id, "bid." + to.name().toLowerCase().replace('_', '-'), change);
    }

    private void record(GrantBid bid, BidStatus from, BidStatus to, String reason, Actor actor) {
        BidTransition t = new BidTransition();
        t.id = UUID.randomUUID();
        t.bidId = bid.id;
        t.fromStatus = from;
        t.toStatus = to;
        t.reason = reason;
        t.actorSubject = actor.subject();
        t.actorAgency = actor.agency();
        t.occurredAt = clock.instant();
        t.persist();
    }

    private void publishAllocationChanged(GrantBid bid, long previous) {
        events.publish(DomainEvent.of(GrantEvents.BID, bid.id, GrantEvents.ALLOCATION_CHANGED,
                new GrantEvents.AllocationChangedV1(bid.id, bid.awardId, previous, bid.allocatedPence,
                        bid.actionIds.stream().sorted().toList())));
    }
}
