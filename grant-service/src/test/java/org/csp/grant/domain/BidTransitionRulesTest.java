package org.csp.grant.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.csp.platform.problem.ApiException;
import org.junit.jupiter.api.Test;

/** Which transitions a bid may make, and the payment and allocation rules of a bid, without a database. */
class BidTransitionRulesTest {

    static final LocalDate APPROVED_ON = LocalDate.of(2019, 3, 14);
    static final LocalDate TODAY = LocalDate.of(2019, 5, 1);

    static GrantBid bid(BidStatus status) {
        GrantBid bid = new GrantBid();
        bid.id = UUID.randomUUID();
        bid.status = status;
        bid.amountRequestedPence = 1_200_000;
        bid.approvedOn = status.funded() ? APPROVED_ON : null;
        return bid;
    }

    @Test
    void theLifecycleMovesOnlyForward() {
        bid(BidStatus.DRAFT).requireTransition(BidStatus.SUBMITTED);
        bid(BidStatus.SUBMITTED).requireTransition(BidStatus.SIFTED);
        bid(BidStatus.APPROVED).requireTransition(BidStatus.IN_DELIVERY);
        bid(BidStatus.IN_DELIVERY).requireTransition(BidStatus.COMPLETED);
        ApiException refused = assertThrows(ApiException.class, () -> bid(BidStatus.IN_DELIVERY).requireTransition(BidStatus.WITHDRAWN));
        assertEquals(409, refused.status());
        assertEquals(List.of("COMPLETED"), refused.extensions().get("allowedStatuses"));
        assertThrows(ApiException.class, () -> bid(BidStatus.COMPLETED).requireTransition(BidStatus.IN_DELIVERY));
        assertThrows(ApiException.class, () -> bid(BidStatus.DRAFT).requireTransition(BidStatus.APPROVED));
    }

    @Test
    void onlyAShortlistedBidCanBeApprovedAndARejectedBidGoesNowhere() {
        GrantBid shortlisted = bid(BidStatus.SIFTED);
        shortlisted.siftOutcome = SiftOutcome.SHORTLISTED;
        shortlisted.requireTransition(BidStatus.APPROVED);
        GrantBid rejected = bid(BidStatus.SIFTED);
        rejected.siftOutcome = SiftOutcome.REJECTED;
        assertEquals(List.of(), assertThrows(ApiException.class, () -> rejected.requireTransition(BidStatus.APPROVED))
                .extensions().get("allowedStatuses"));
        assertThrows(ApiException.class, () -> rejected.requireTransition(BidStatus.WITHDRAWN));
    }

    @Test
    void paymentsNeverExceedTheAllocation() {
        GrantBid bid = bid(BidStatus.APPROVED);
        bid.allocatedPence = 1_000;
        bid.pay(600, TODAY, TODAY);
        ApiException refused = assertThrows(ApiException.class, () -> bid.pay(401, TODAY, TODAY));
        assertEquals("payment-exceeds-allocation", refused.type());
        assertEquals(400L, refused.extensions().get("remainingPence"));
        assertEquals(600, bid.paidPence);
        assertEquals("bid-not-payable", assertThrows(ApiException.class, () -> bid(BidStatus.COMPLETED).pay(1, TODAY, TODAY)).type());
    }

    @Test
    void aPaymentIsDatedFromTheApprovalDayToToday() {
        GrantBid bid = bid(BidStatus.IN_DELIVERY);
        bid.allocatedPence = 1_000;
        ApiException future = assertThrows(ApiException.class, () -> bid.pay(1, TODAY.plusDays(1), TODAY));
        assertEquals(422, future.status());
        assertEquals("payment-dated-in-future", future.type());
        assertEquals("paidOn", future.extensions().get("field"));
        assertEquals("2019-05-01", future.extensions().get("today"));
        assertEquals(0, bid.paidPence);
        ApiException early = assertThrows(ApiException.class, () -> bid.pay(1, APPROVED_ON.minusDays(1), TODAY));
        assertEquals(422, early.status());
        assertEquals("payment-before-approval", early.type());
        assertEquals("paidOn", early.extensions().get("field"));
        assertEquals("2019-03-13", early.extensions().get("paidOn"));
        assertEquals("2019-03-14", early.extensions().get("approvedOn"));
        assertEquals(0, bid.paidPence);
        bid.pay(1, APPROVED_ON, TODAY); // from the day the panel approved it
        bid.pay(1, TODAY, TODAY);
        assertEquals(2, bid.paidPence);
        // a payment after today is refused as such first, even when it is also before the approval day
        GrantBid approvedLater = bid(BidStatus.APPROVED);
        approvedLater.approvedOn = TODAY.plusDays(10);
        assertEquals("payment-dated-in-future", assertThrows(ApiException.class,
                () -> approvedLater.pay(1, TODAY.plusDays(1), TODAY)).type());
        // a bid that cannot be paid says so first, whatever the date
        assertEquals("bid-not-payable", assertThrows(ApiException.class,
                () -> bid(BidStatus.COMPLETED).pay(1, TODAY.plusDays(1), TODAY)).type());
    }

    @Test
    void anApprovalIsDatedTodayOrEarlier() {
        ApiException future = assertThrows(ApiException.class, () -> GrantBid.requireApprovalDate(TODAY.plusDays(1), TODAY));
        assertEquals(422, future.status());
        assertEquals("approval-dated-in-future", future.type());
        assertEquals("approvedOn", future.extensions().get("field"));
        assertEquals("2019-05-02", future.extensions().get("approvedOn"));
        assertEquals("2019-05-01", future.extensions().get("today"));
        GrantBid.requireApprovalDate(TODAY, TODAY);
        GrantBid.requireApprovalDate(LocalDate.of(2000, 1, 1), TODAY); // a grant decided long before it was recorded
    }

    @Test
    void anAllocationIsNeitherAboveTheRequestNorBelowThePayments() {
        GrantBid bid = bid(BidStatus.APPROVED);
        bid.allocatedPence = 1_000_000;
        bid.paidPence = 300_000;
        assertEquals("allocation-exceeds-request", assertThrows(ApiException.class, () -> bid.requireAllocationFits(1_200_001)).type());
        assertEquals("allocation-below-payments", assertThrows(ApiException.class, () -> bid.requireAllocationFits(299_999)).type());
        bid.requireAllocationFits(300_000);
        bid.requireAllocationFits(1_200_000);
    }

    @Test
    void aFundedBidIsNeverAllocatedNothingItIsWithdrawnInstead() {
        GrantBid bid = bid(BidStatus.APPROVED);
        bid.allocatedPence = 1_000_000;
        ApiException.InvalidFieldException refused = assertThrows(ApiException.InvalidFieldException.class,
                () -> bid.requireAllocationFits(0));
        assertEquals(400, refused.status());
        assertEquals("allocatedPence", refused.field());
        assertEquals(GrantBid.NO_ZERO_ALLOCATION, refused.fieldMessage());
        assertThrows(ApiException.class, () -> bid.requireAllocationFits(-1));
        bid.requireAllocationFits(1);
        assertEquals(1_000_000, bid.allocatedPence);
    }
}
