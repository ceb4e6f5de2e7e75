package org.csp.grant.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.csp.grant.domain.BidPayment;
import org.csp.grant.domain.CalendarDates;
import org.csp.grant.domain.GrantBid;
import org.csp.grant.domain.ProgressReport;
import org.csp.grant.messaging.GrantEvents;
import org.csp.grant.rest.BidDtos.PaymentRequest;
import org.csp.grant.rest.BidDtos.ProgressInput;
import org.csp.platform.audit.AuditTrail;
import org.csp.platform.problem.ApiException;
import org.csp.platform.security.Actor;
import org.csp.platform.security.CurrentActor;

/** Payments against approved bids (never more than allocated) and progress reports on funded bids. */
@ApplicationScoped
public class MonitoringService {

    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    CurrentActor currentActor;
    @Inject
    BidService bids;

    /** A payment; the bid row is locked so concurrent payments cannot together exceed the allocation. */
    @Transactional
    public PaymentResult pay(UUID bidId, PaymentRequest request) {
        Actor actor = currentActor.get();
        CalendarDates.requirePlausible("paidOn", request.paidOn());
        GrantBid bid = bids.changeable(bidId, actor, "*");
        bid.pay(request.amountPence(), request.paidOn(), LocalDate.now(clock));
        BidPayment payment = new BidPayment();
        payment.id = UUID.randomUUID();
        payment.bidId = bid.id;
        payment.amountPence = request.amountPence();
        payment.paidOn = request.paidOn();
        payment.reference = request.reference();
        payment.recordedAt = clock.instant();
        payment.recordedBy = actor.subject();
        payment.persist();
        audit.record(GrantEvents.BID, bid.id, "bid.payment-recorded", request);
        return new PaymentResult(payment, bid.unpaidPence());
    }

    public record PaymentResult(BidPayment payment, long unpaidPence) {
    }

    public PanacheQuery<BidPayment> payments(UUID bidId) {
        bids.get(bidId);
        return BidPayment.find("bidId = ?1 order by paidOn, recordedAt, id", bidId);
    }

    /** One payment of a bid the caller may see; 404 when it is not that bid's. */
    public BidPayment payment(UUID bidId, UUID paymentId) {
        bids.get(bidId);
        BidPayment payment = BidPayment.find("id = ?1 and bidId = ?2", paymentId, bidId).firstResult();
        if (payment == null) {
            throw ApiException.notFound("payment", paymentId);
        }
        return payment;
    }

    @Transactional
    public ProgressReport report(UUID bidId, ProgressInput input) {
        Actor actor = currentActor.get();
        CalendarDates.requirePlausible("reportedOn", input.reportedOn());
        GrantBid bid = bids.changeable(bidId, actor, "*");
        if (!bid.status.funded()) {
            throw ApiException.conflict("bid-not-funded", "bid " + bidId + " is " + bid.status
                    + "; progress is reported on APPROVED, IN_DELIVERY or COMPLETED bids").with("currentStatus", bid.status.name());
        }
        ProgressReport report = new ProgressReport();
        report.id = UUID.randomUUID();
        report.bidId = bid.id;
        report.reportedOn = input.reportedOn();
        report.summary = input.summary();
        report.outcomesAchieved = input.outcomesAchieved();
        report.rag = input.rag();
        report.recordedAt = clock.instant();
        report.recordedBy = actor.subject();
        report.persist();
        audit.record(GrantEvents.BID, bid.id, "bid.progress-reported", input);
        return report;
    }

    public PanacheQuery<ProgressReport> reports(UUID bidId) {
        bids.get(bidId);
        return ProgressReport.find("bidId = ?1 order by reportedOn, recordedAt, id", bidId);
    }

    /** One progress report of a bid the caller may see; 404 when it is not that bid's. */
    public ProgressReport progressReport(UUID bidId, UUID reportId) {
        bids.get(bidId);
        ProgressReport report = ProgressReport.find("id = ?1 and bidId = ?2", reportId, bidId).firstResult();
        if (report == null) {
            throw ApiException.notFound("progress report", reportId);
        }
        return report;
    }
}
