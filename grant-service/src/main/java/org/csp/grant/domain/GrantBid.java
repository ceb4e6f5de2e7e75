package org.csp.grant.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.csp.platform.problem.ApiException;

/** A bid for part of an award: a project by a partner agency or sub-group that delivers plan and PCC priorities. */
@Entity
@Table(name = "grant_bid")
public class GrantBid extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "award_id", nullable = false)
    public UUID awardId;
    @Column(name = "financial_year", nullable = false)
    public String financialYear;
    @Column(nullable = false)
    public String title;
    @Column(nullable = false)
    public String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type", nullable = false)
    public ApplicantType applicantType;
    @Column(nullable = false)
    public String applicant;
    @Column(name = "applicant_name", nullable = false)
    public String applicantName;
    /** The partner agency that owns the bid (null for bids an officer raised for a sub-group). */
    @Column(name = "owner_agency")
    public String ownerAgency;
    @Column(name = "amount_requested_pence", nullable = false)
    public long amountRequestedPence;
    @Column(name = "allocated_pence", nullable = false)
    public long allocatedPence;
    @Column(name = "paid_pence", nullable = false)
    public long paidPence;
    @Column(name = "expected_outcomes", nullable = false)
    public String expectedOutcomes;
    @Column(name = "delivery_start", nullable = false)
    public LocalDate deliveryStart;
    @Column(name = "delivery_end", nullable = false)
    public LocalDate deliveryEnd;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BidStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "sift_outcome")
    public SiftOutcome siftOutcome;
    @Column(name = "sift_reason")
    public String siftReason;
    @Column(name = "approved_on")
    public LocalDate approvedOn;
    /** When the bid was first submitted; null while it is its applicant's draft, withdrawn or not. */
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Version
    public long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "bid_plan_priority", joinColumns = @JoinColumn(name = "bid_id"))
    @Column(name = "priority_id")
    public Set<UUID> priorityIds = new LinkedHashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "bid_pcc_priority", joinColumns = @JoinColumn(name = "bid_id"))
    @Column(name = "pcc_priority")
    public Set<String> pccPriorities = new LinkedHashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "bid_plan_action", joinColumns = @JoinColumn(name = "bid_id"))
    @Column(name = "action_id")
    public Set<UUID> actionIds = new LinkedHashSet<>();

    /**
     * Why a funded bid's allocation is at least a penny: a £0 grant would stand in the PCC return, the progress report
     * and the 360Giving export as money awarded. A bid that is to get nothing is withdrawn, which releases its allocation.
     */
    public static final String NO_ZERO_ALLOCATION = "must be at least 1 penny: a bid that is to get nothing is withdrawn "
            + "instead of being allocated £0";

    /** What has not been paid of the allocation. */
    public long unpaidPence() {
        return allocatedPence - paidPence;
    }

    /**
     * The bid holds part of the award: it is funded, or it was withdrawn after payments and keeps what was paid
     * (withdrawal releases only the unpaid part). Reports show every such bid, so their lines add up to the award's.
     */
    public boolean holdsAllocation() {
        return status.funded() || status == BidStatus.WITHDRAWN && allocatedPence > 0;
    }

    /** Delivery must end on or after the day it starts. */
    public static void requireDeliveryDates(LocalDate start, LocalDate end) {
        CalendarDates.requirePlausible("deliveryStart", start);
        CalendarDates.requirePlausible("deliveryEnd", end);
        if (end.isBefore(start)) {
            throw ApiException.invalidField("deliveryEnd", "must not be before deliveryStart " + start);
        }
    }

    /** Moving to {@code target} must be allowed from the current status; otherwise 409 with the reason. */
    public void requireTransition(BidStatus target) {
        boolean allowed = status.next().contains(target);
        if (status == BidStatus.SIFTED && siftOutcome == SiftOutcome.REJECTED) {
            allowed = false;
        }
        if (status == BidStatus.SIFTED && target == BidStatus.APPROVED && siftOutcome != SiftOutcome.SHORTLISTED) {
            allowed = false;
        }
        if (!allowed) {
            String state = status == BidStatus.SIFTED ? "SIFTED (" + siftOutcome + ")" : status.name();
            Set<BidStatus> possible = status == BidStatus.SIFTED && siftOutcome == SiftOutcome.REJECTED
                    ? Set.of() : status.next();
            throw ApiException.conflict("bid-transition-not-allowed", "bid " + id + " is " + state + "; it cannot move to "
                    + target + (possible.isEmpty() ? " (no further transition is possible)"
                    : " (allowed: " + possible.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")) + ")"))
                    .with("currentStatus", status.name()).with("requestedStatus", target.name())
                    .with("allowedStatuses", possible.stream().map(Enum::name).sorted().toList());
        }
    }

    /** Only a DRAFT can be edited. */
    public void requireDraft() {
        if (status != BidStatus.DRAFT) {
            throw ApiException.conflict("bid-not-draft", "bid " + id + " is " + status + "; only a DRAFT bid can be edited")
                    .with("currentStatus", status.name());
        }
    }

    /**
     * The allocation is at least a penny (a bid that is to get nothing is withdrawn), may be less than requested, never
     * more, and never less than what has been paid.
     */
    public void requireAllocationFits(long allocated) {
        if (allocated < 1) {
            throw ApiException.invalidField("allocatedPence", NO_ZERO_ALLOCATION);
        }
        if (allocated > amountRequestedPence) {
            throw ApiException.rule("allocation-exceeds-request", "an allocation of " + allocated
                    + " pence is more than the " + amountRequestedPence + " pence the bid requested")
                    .with("requestedPence", allocated).with("amountRequestedPence", amountRequestedPence);
        }
        if (allocated < paidPence) {
            throw ApiException.rule("allocation-below-payments", "an allocation of " + allocated + " pence is less than the "
                    + paidPence + " pence already paid")
                    .with("requestedPence", allocated).with("paidPence", paidPence);
        }
    }

    /**
     * The day a bid was approved ({@code approvedOn}, the panel's decision) is today or earlier: a decision not taken yet
     * is not an approval. There is no lower bound beyond the plausible calendar ({@link CalendarDates}): a bid's
     * {@code createdAt} and {@code submittedAt} are the days it was typed in, so a grant decided before go-live and
     * back-entered would fall before them; and a panel decides before its award's financial year begins (the proposal
     * goes to the PCC by 31 March), by no fixed margin the service holds.
     */
    public static void requireApprovalDate(LocalDate approvedOn, LocalDate today) {
        if (approvedOn.isAfter(today)) {
            throw ApiException.rule("approval-dated-in-future", "an approval dated " + approvedOn + " has not been decided yet: "
                    + "today is " + today + "; record it once the panel has approved the bid").with("field", "approvedOn")
                    .with("approvedOn", approvedOn.toString()).with("today", today.toString());
        }
    }

    /**
     * Payments go to approved or in-delivery bids, are dated from the day the bid was approved ({@code approvedOn}, the
     * panel's decision) to today (money paid before the bid was funded, or not paid yet, is not a payment of it), and
     * never exceed the allocation.
     */
    public void pay(long pence, LocalDate paidOn, LocalDate today) {
        if (status != BidStatus.APPROVED && status != BidStatus.IN_DELIVERY) {
            throw ApiException.conflict("bid-not-payable", "bid " + id + " is " + status
                    + "; payments are made only to APPROVED or IN_DELIVERY bids").with("currentStatus", status.name());
        }
        if (paidOn.isAfter(today)) {
            throw ApiException.rule("payment-dated-in-future", "a payment dated " + paidOn + " has not been made yet: "
                    + "today is " + today + "; record it once it is paid").with("field", "paidOn")
                    .with("paidOn", paidOn.toString()).with("today", today.toString());
        }
        // an APPROVED or IN_DELIVERY bid has its approval day: BidService.approve sets it
        if (paidOn.isBefore(approvedOn)) {
            throw ApiException.rule("payment-before-approval", "a payment dated " + paidOn + " is before bid " + id
                    + " was approved on " + approvedOn + "; a bid is paid only once it is funded").with("field", "paidOn")
                    .with("paidOn", paidOn.toString()).with("approvedOn", approvedOn.toString());
        }
        long remaining = unpaidPence();
        if (pence > remaining) {
            throw ApiException.rule("payment-exceeds-allocation", "paying " + pence + " pence would exceed the allocation: "
                    + remaining + " pence of " + allocatedPence + " remains unpaid")
                    .with("requestedPence", pence).with("remainingPence", remaining)
                    .with("allocatedPence", allocatedPence).with("paidPence", paidPence);
        }
        paidPence += pence;
    }
}
