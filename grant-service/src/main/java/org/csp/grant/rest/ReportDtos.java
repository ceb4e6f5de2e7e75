package org.csp.grant.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.csp.grant.domain.ApplicantType;
import org.csp.grant.domain.BidStatus;
import org.csp.grant.domain.Rag;
import org.csp.grant.rest.AwardDtos.DrawView;
import org.csp.grant.rest.AwardDtos.ObligationView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The reports grant-service produces: the PCC return, the September progress report and the 360Giving export. */
public final class ReportDtos {
    private ReportDtos() {
    }

    @Schema(name = "PlanPriority", description = "A plan priority a project delivers, as plan-service announced it",
            requiredProperties = {"priorityId", "title", "current"})
    public record PriorityView(UUID priorityId,
            @Schema(nullable = true, description = "Its title; null when plan-service has not announced it",
                    example = "Safeguarding people whose circumstances make them vulnerable") String title,
            @Schema(description = "Still a priority of the current adopted plan") boolean current) {
    }

    @Schema(name = "TacticalPotSummary", description = "The tactical pot: size, drawn, remaining and each draw",
            requiredProperties = {"potPence", "drawnPence", "remainingPence", "draws"})
    public record TacticalPotView(
            @Schema(example = "500000") long potPence,
            @Schema(example = "75000") long drawnPence,
            @Schema(example = "425000") long remainingPence,
            List<DrawView> draws) {
    }

    @Schema(name = "PccReturnProject", description = "A project the grant funds", requiredProperties = {"bidId", "title",
            "applicantType", "applicant", "applicantName", "status", "amountRequestedPence", "allocatedPence", "planPriorities",
            "pccPriorities", "expectedOutcomes", "deliveryStart", "deliveryEnd"})
    public record PccReturnProject(
            UUID bidId, String title, ApplicantType applicantType, String applicant, String applicantName, BidStatus status,
            @Schema(example = "1200000") long amountRequestedPence,
            @Schema(example = "1000000") long allocatedPence,
            List<PriorityView> planPriorities, List<String> pccPriorities, String expectedOutcomes,
            LocalDate deliveryStart, LocalDate deliveryEnd) {
    }

    @Schema(name = "PccReturn", description = "The return to the PCC's office on how the grant is to be spent", requiredProperties = {
            "awardId", "funder", "recipient", "areaCode", "financialYear", "amountPence", "availableForBidsPence", "allocatedPence",
            "unallocatedPence", "projects", "tacticalPot", "obligations", "generatedAt"})
    public record PccReturn(
            UUID awardId, String funder, String recipient,
            @Schema(nullable = true, description = "The area whose partnership the grant funds (a PCC funds several); null only "
                    + "for an award made before awards had an area", example = "maidstone") String areaCode,
            String financialYear,
            @Schema(example = "4000000") long amountPence,
            @Schema(example = "3500000") long availableForBidsPence,
            @Schema(example = "2500000") long allocatedPence,
            @Schema(example = "1000000") long unallocatedPence,
            List<PccReturnProject> projects, TacticalPotView tacticalPot, List<ObligationView> obligations,
            Instant generatedAt) {
    }

    @Schema(name = "LatestProgress", description = "The latest progress report on a project",
            requiredProperties = {"reportedOn", "summary", "outcomesAchieved", "rag"})
    public record LatestProgress(LocalDate reportedOn, String summary,
            @Schema(nullable = true, description = "Outcomes so far; null when not given") String outcomesAchieved, Rag rag) {
    }

    @Schema(name = "ProgressReportProject", description = "Delivery and spend of one funded project", requiredProperties = {
            "bidId", "title", "applicantName", "status", "allocatedPence", "spendToDatePence", "unspentPence", "underspendPence",
            "planPriorities", "latestProgress"})
    public record ProgressProject(
            UUID bidId, String title, String applicantName, BidStatus status,
            @Schema(example = "1000000") long allocatedPence,
            @Schema(description = "Paid so far", example = "600000") long spendToDatePence,
            @Schema(description = "Allocated and not yet paid", example = "400000") long unspentPence,
            @Schema(description = "Unspent allocation of a COMPLETED project", example = "0") long underspendPence,
            List<PriorityView> planPriorities,
            @Schema(nullable = true, description = "The latest progress report; null when none was made") LatestProgress latestProgress) {
    }

    @Schema(name = "ProgressReportSummary", description = "The September progress report to committee: the projects commissioned "
            + "and their progress", requiredProperties = {"awardId", "financialYear", "funder", "amountPence", "allocatedPence",
            "spendToDatePence", "underspendPence", "unallocatedPence", "projects", "tacticalPot", "generatedAt"})
    public record ProgressSummary(
            UUID awardId, String financialYear, String funder,
            @Schema(example = "4000000") long amountPence,
            @Schema(example = "2500000") long allocatedPence,
            @Schema(example = "1500000") long spendToDatePence,
            @Schema(example = "100000") long underspendPence,
            @Schema(description = "Not allocated to any bid", example = "1000000") long unallocatedPence,
            List<ProgressProject> projects, TacticalPotView tacticalPot, Instant generatedAt) {
    }

    @Schema(name = "ThreeSixtyGivingPackage", description = "Awarded bids in the 360Giving Data Standard (JSON package)",
            requiredProperties = "grants")
    public record GivingPackage(List<GivingGrant> grants) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ThreeSixtyGivingGrant", description = "One grant in the 360Giving Data Standard. Amounts are in pounds.",
            requiredProperties = {"id", "title", "description", "currency", "amountAwarded", "awardDate", "fundingOrganization",
                    "recipientOrganization"})
    public record GivingGrant(
            @Schema(example = "360G-maidstone-csp-3f1c…") String id,
            String title, String description,
            @Schema(example = "GBP") String currency,
            @Schema(example = "10000.00") BigDecimal amountAwarded,
            @Schema(example = "12000.00") BigDecimal amountAppliedFor,
            @Schema(example = "2500.00") BigDecimal amountDisbursed,
            @Schema(example = "2019-03-14") String awardDate,
            List<GivingPeriod> plannedDates,
            List<GivingOrganisation> fundingOrganization,
            List<GivingOrganisation> recipientOrganization,
            List<GivingProgramme> grantProgramme) {
    }

    @Schema(name = "ThreeSixtyGivingPeriod", description = "Planned start and end of the project",
            requiredProperties = {"startDate", "endDate"})
    public record GivingPeriod(@Schema(example = "2019-04-01") String startDate, @Schema(example = "2020-03-31") String endDate) {
    }

    @Schema(name = "ThreeSixtyGivingOrganisation", description = "A funder or recipient",
            requiredProperties = {"id", "name"})
    public record GivingOrganisation(@Schema(example = "XI-CSP-MAIDSTONE-kent-police") String id,
            @Schema(example = "Kent Police") String name) {
    }

    @Schema(name = "ThreeSixtyGivingProgramme", description = "The grant programme",
            requiredProperties = {"code", "title"})
    public record GivingProgramme(@Schema(example = "pcc-community-safety-grant-2019-20") String code,
            @Schema(example = "PCC Community Safety Grant 2019-20") String title) {
    }
}
