package org.csp.plan.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csp.plan.domain.ActionFunding;
import org.csp.plan.domain.PlanAction;
import org.csp.platform.audit.AuditTrail;
import org.csp.platform.events.IncomingEvent;
import org.csp.platform.events.PoisonMessageException;
import org.csp.platform.text.Texts;

/** Records the grant money approved bids allocate to plan actions (grant-service events). */
@ApplicationScoped
public class FundingService {

    @Inject
    ObjectMapper json;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** The part of {@code bid-approved} v1 this service reads. */
    public record BidApproved(UUID bidId, UUID awardId, String financialYear, String title, String applicant,
            Long allocatedPence, List<UUID> actionIds) {
    }

    /** The part of {@code allocation-changed} v1 this service reads. */
    public record AllocationChanged(UUID bidId, UUID awardId, Long previousPence, Long allocatedPence, List<UUID> actionIds) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordApprovedBid(IncomingEvent event) {
        BidApproved bid = event.dataAs(BidApproved.class, json);
        requireMoney(event, bid.bidId(), bid.allocatedPence());
        for (UUID actionId : requireActions(event, bid.actionIds())) {
            ActionFunding funding = fundingOf(actionId, bid.bidId());
            funding.awardId = bid.awardId();
            funding.financialYear = Texts.clipped(bid.financialYear(), 7);
            funding.bidTitle = Texts.clipped(bid.title(), 300);
            funding.applicant = Texts.clipped(bid.applicant(), 300);
            funding.allocatedPence = bid.allocatedPence();
            funding.updatedAt = clock.instant();
            funding.persist();
            audit.record("action", actionId, "action.funded", changes(bid.bidId(), bid.allocatedPence()));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAllocationChange(IncomingEvent event) {
        AllocationChanged change = event.dataAs(AllocationChanged.class, json);
        requireMoney(event, change.bidId(), change.allocatedPence());
        List<UUID> actionIds = change.actionIds() == null || change.actionIds().isEmpty()
                ? ActionFunding.<ActionFunding>list("bidId", change.bidId()).stream().map(f -> f.actionId).toList()
                : requireActions(event, change.actionIds());
        for (UUID actionId : actionIds) {
            ActionFunding funding = fundingOf(actionId, change.bidId());
            if (change.awardId() != null) {
                funding.awardId = change.awardId();
            }
            funding.allocatedPence = change.allocatedPence();
            funding.updatedAt = clock.instant();
            funding.persist();
            audit.record("action", actionId, "action.funding-changed", changes(change.bidId(), change.allocatedPence()));
        }
    }

    private static void requireMoney(IncomingEvent event, UUID bidId, Long allocatedPence) {
        if (bidId == null) {
            throw new PoisonMessageException("event " + event.id() + " (" + event.type() + ") names no bidId");
        }
        if (allocatedPence == null || allocatedPence < 0) {
            throw new PoisonMessageException("event " + event.id() + " (" + event.type() + ") has no allocatedPence >= 0");
        }
    }

    /** Every named action must exist: funding for an unknown action is dead-lettered, not half-applied. */
    private static List<UUID> requireActions(IncomingEvent event, List<UUID> actionIds) {
        if (actionIds == null) {
            return List.of();
        }
        for (UUID actionId : actionIds) {
            if (actionId == null || PlanAction.findById(actionId) == null) {
                throw new PoisonMessageException("event " + event.id() + " (" + event.type() + ") funds action " + actionId
                        + ", which does not exist in plan-service");
            }
        }
        return actionIds.stream().distinct().toList();
    }

    private static ActionFunding fundingOf(UUID actionId, UUID bidId) {
        ActionFunding funding = ActionFunding.find("actionId = ?1 and bidId = ?2", actionId, bidId).firstResult();
        if (funding == null) {
            funding = new ActionFunding();
            funding.id = UUID.randomUUID();
            funding.actionId = actionId;
            funding.bidId = bidId;
        }
        return funding;
    }

    private static Map<String, Object> changes(UUID bidId, long pence) {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("bidId", bidId);
        changes.put("allocatedPence", pence);
        return changes;
    }
}
