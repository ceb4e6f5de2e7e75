package org.csp.grant.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.csp.grant.domain.ApplicantType;
import org.csp.grant.domain.BidPayment;
import org.csp.grant.domain.BidStatus;
import org.csp.grant.domain.BidTransition;
import org.csp.grant.domain.GrantBid;
import org.csp.grant.domain.Money;
import org.csp.grant.domain.ProgressReport;
import org.csp.grant.domain.Rag;
import org.csp.grant.domain.SiftOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of bids, their lifecycle, payments and progress reports. */
public final class BidDtos {
    private BidDtos() {
    }

    @Schema(name = "BidInput", description = "A bid for part of an award. A partner agency bids only for itself "
            + "(applicantType AGENCY, applicant = its agency code).")
    public record BidInput(
            @NotNull @Schema(description = "The award the bid is for") UUID awardId,
            @NotBlank @Size(max = 300) @Schema(example = "Domestic abuse one-stop shop outreach") String title,
            @NotBlank @Size(max = 5000) @Schema(example = "Weekly outreach sessions of the one-stop shop in rural parishes") String description,
            @NotNull @Schema(example = "SUB_GROUP") ApplicantType applicantType,
            @NotBlank @Size(max = 100) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
            @Schema(description = "Agency or sub-group code", example = "domestic-abuse-forum") String applicant,
            @NotBlank @Size(max = 200) @Schema(example = "Domestic Abuse Forum") String applicantName,
            @NotNull @Min(1) @Max(Money.MAX_PENCE) @Schema(description = "Whole pence", example = "1200000") Long amountRequestedPence,
            @NotNull @Size(min = 1, max = 20) @Schema(description = "Priorities of the current adopted plan the bid delivers")
            List<@NotNull UUID> priorityIds,
            @Size(max = 20) @Schema(description = "PCC priorities the bid delivers", example = "[\"Tackle violence and abuse\"]")
            List<@NotBlank @Size(max = 300) String> pccPriorities,
            @NotBlank @Size(max = 5000) @Schema(example = "120 victims supported; repeat referrals to MARAC down 10%") String expectedOutcomes,
            @NotNull @Schema(example = "2019-04-01") LocalDate deliveryStart,
            @NotNull @Schema(example = "2020-03-31") LocalDate deliveryEnd,
            @Size(max = 50) @Schema(description = "Plan actions the bid funds (optional); each must deliver one of its priorities")
            List<@NotNull UUID> actionIds) {
    }

    @Schema(name = "SiftBid", description = "The sift of a submitted bid: shortlisted, or rejected with a reason")
    public record SiftRequest(
            @NotNull @Schema(example = "SHORTLISTED") SiftOutcome outcome,
            @Size(max = 2000) @Schema(description = "Required when rejected", example = "Meets the domestic abuse priority; good value") String reason) {
    }

    @Schema(name = "ApproveBid", description = "Approval of a shortlisted bid with the amount allocated (may be less than requested)")
    public record ApproveRequest(
            @NotNull @Min(value = 1, message = GrantBid.NO_ZERO_ALLOCATION) @Max(Money.MAX_PENCE)
            @Schema(description = "Whole pence, at least 1: a bid that is to get nothing is withdrawn instead", example = "1000000")
            Long allocatedPence,
            @Size(max = 50) @Schema(description = "Plan actions it funds, each delivering one of its priorities; replaces those on the bid when given")
            List<@NotNull UUID> actionIds,
            @Size(max = 2000) @Schema(example = "Approved by the SMP executive group, 14 March 2019") String reason,
            @Schema(description = "The day the bid was approved: the panel's decision, which the 360Giving export shows as "
                    + "awardDate and by which the PCC return and the progress report order their projects; no payment of "
                    + "the bid is dated before it. "
                    + "Optional: today (Europe/London) when not given. Not after today (422 approval-dated-in-future); "
                    + "any earlier day is taken, so grants decided before they were recorded can be entered with their date",
                    example = "2019-03-14")
            LocalDate approvedOn) {
    }

    @Schema(name = "ChangeAllocation", description = "A new allocation for an approved bid")
    public record AllocationRequest(
            @NotNull @Min(value = 1, message = GrantBid.NO_ZERO_ALLOCATION) @Max(Money.MAX_PENCE)
            @Schema(description = "Whole pence, at least 1 and at least what has been paid: to fund nothing, withdraw the "
                    + "(APPROVED) bid instead", example = "900000")
            Long allocatedPence,
            @NotBlank @Size(max = 2000) @Schema(example = "Venue costs lower than expected") String reason) {
    }

    @Schema(name = "TransitionReason", description = "Why the bid moves on (optional)")
    public record ReasonRequest(
            @Size(max = 2000) @Schema(example = "Project lead left the agency") String reason) {
    }

    @Schema(name = "Bid", description = "A bid and where it is in its lifecycle. Amounts in whole pence.", requiredProperties = {
            "id", "awardId", "financialYear", "title", "description", "applicantType", "applicant", "applicantName", "ownerAgency",
            "amountRequestedPence", "allocatedPence", "paidPence", "unpaidPence", "priorityIds", "pccPriorities", "expectedOutcomes",
            "deliveryStart", "deliveryEnd", "actionIds", "status", "siftOutcome", "siftReason", "approvedOn", "createdAt", "createdBy",
            "version"})
    public record BidView(
            UUID id, UUID awardId,
            @Schema(example = "2019-20") String financialYear,
            @Schema(example = "Domestic abuse one-stop shop outreach") String title,
            String description,
            ApplicantType applicantType,
            @Schema(example = "domestic-abuse-forum") String applicant,
            @Schema(example = "Domestic Abuse Forum") String applicantName,
            @Schema(nullable = true, description = "Agency owning the bid, null for sub-group bids", example = "kent-police") String ownerAgency,
            @Schema(example = "1200000") long amountRequestedPence,
            @Schema(example = "1000000") long allocatedPence,
            @Schema(example = "250000") long paidPence,
            @Schema(description = "Allocated but not yet paid", example = "750000") long unpaidPence,
            List<UUID> priorityIds,
            List<String> pccPriorities,
            String expectedOutcomes,
            LocalDate deliveryStart,
            LocalDate deliveryEnd,
            List<UUID> actionIds,
            BidStatus status,
            @Schema(nullable = true, description = "The sift's outcome; null until sifted") SiftOutcome siftOutcome,
            @Schema(nullable = true, description = "The sift's reason; null when none was given") String siftReason,
            @Schema(nullable = true, description = "The day it was approved (the panel's decision, as given on approval); null until approved")
            LocalDate approvedOn,
            Instant createdAt,
            @Schema(example = "system@kent-police.example") String createdBy,
            @Schema(example = "2") long version) {

        public static BidView of(GrantBid b) {
            return new BidView(b.id, b.awardId, b.financialYear, b.title, b.description, b.applicantType, b.applicant,
                    b.applicantName, b.ownerAgency, b.amountRequestedPence, b.allocatedPence, b.paidPence, b.unpaidPence(),
                    b.priorityIds.stream().sorted().toList(), b.pccPriorities.stream().sorted().toList(), b.expectedOutcomes,
                    b.deliveryStart, b.deliveryEnd, b.actionIds.stream().sorted().toList(), b.status, b.siftOutcome,
                    b.siftReason, b.approvedOn, b.createdAt, b.createdBy, b.version);
        }
    }

    @Schema(name = "BidTransition", description = "One recorded step of a bid's lifecycle", requiredProperties = {"id", "fromStatus",
            "toStatus", "reason", "actorSubject", "actorAgency", "occurredAt"})
    public record TransitionView(
            UUID id,
            @Schema(nullable = true, description = "Status before; null for the bid's creation") BidStatus fromStatus,
            BidStatus toStatus,
            @Schema(nullable = true, description = "Why; null when none was given", example = "Does not deliver on a current plan priority")
            String reason,
            @Schema(example = "officer@maidstone.gov.uk") String actorSubject,
            @Schema(nullable = true, description = "The actor's agency; null for officers", example = "kent-police") String actorAgency,
            Instant occurredAt) {
        public static TransitionView of(BidTransition t) {
            return new TransitionView(t.id, t.fromStatus, t.toStatus, t.reason, t.actorSubject, t.actorAgency, t.occurredAt);
        }
    }

    @Schema(name = "RecordPayment", description = "A payment to the applicant of an approved bid")
    public record PaymentRequest(
            @NotNull @Min(1) @Max(Money.MAX_PENCE) @Schema(example = "250000") Long amountPence,
            @NotNull @Schema(description = "The day it was paid: not after today (422 payment-dated-in-future) nor before the bid's "
                    + "approvedOn (422 payment-before-approval)", example = "2019-05-01") LocalDate paidOn,
            @NotBlank @Size(max = 100) @Schema(example = "PO-2019-0412") String reference) {
    }

    @Schema(name = "Payment", description = "A payment against a bid; spend to date is the sum of payments", requiredProperties = {"id",
            "bidId", "amountPence", "paidOn", "reference", "recordedAt", "recordedBy", "unpaidPence"})
    public record PaymentView(
            UUID id, UUID bidId,
            @Schema(example = "250000") long amountPence,
            LocalDate paidOn,
            @Schema(example = "PO-2019-0412") String reference,
            Instant recordedAt, String recordedBy,
            @Schema(nullable = true, description = "Unpaid allocation after this payment (only on the answer to the payment; null when read later)",
                    example = "750000")
            Long unpaidPence) {
        public static PaymentView of(BidPayment p, Long unpaid) {
            return new PaymentView(p.id, p.bidId, p.amountPence, p.paidOn, p.reference, p.recordedAt, p.recordedBy, unpaid);
        }
    }

    @Schema(name = "ProgressReportInput", description = "How delivery of a funded bid is going")
    public record ProgressInput(
            @NotNull @Schema(example = "2019-08-31") LocalDate reportedOn,
            @NotBlank @Size(max = 5000) @Schema(example = "Sessions running in 6 of 8 parishes") String summary,
            @Size(max = 5000) @Schema(example = "54 victims supported so far") String outcomesAchieved,
            @NotNull @Schema(example = "GREEN") Rag rag) {
    }

    @Schema(name = "ProgressReport", description = "A progress report on a funded bid", requiredProperties = {"id", "bidId",
            "reportedOn", "summary", "outcomesAchieved", "rag", "recordedAt", "recordedBy"})
    public record ProgressView(
            UUID id, UUID bidId, LocalDate reportedOn, String summary,
            @Schema(nullable = true, description = "Outcomes so far; null when not given") String outcomesAchieved, Rag rag,
            Instant recordedAt, String recordedBy) {
        public static ProgressView of(ProgressReport r) {
            return new ProgressView(r.id, r.bidId, r.reportedOn, r.summary, r.outcomesAchieved, r.rag, r.recordedAt,
                    r.recordedBy);
        }
    }

    @Schema(name = "BidPage", description = "A page of bids", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
    public record BidPage(List<BidView> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(name = "BidTransitionPage", description = "A page of a bid's transitions",
            requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
    public record BidTransitionPage(List<TransitionView> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(name = "PaymentPage", description = "A page of a bid's payments",
            requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
    public record PaymentPage(List<PaymentView> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(name = "ProgressReportPage", description = "A page of a bid's progress reports",
            requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
    public record ProgressReportPage(List<ProgressView> items, int page, int size, long totalItems, int totalPages) {
    }
}
