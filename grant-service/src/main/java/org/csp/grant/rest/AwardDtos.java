package org.csp.grant.rest;

import jakarta.validation.Valid;
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
import org.csp.grant.domain.GrantAward;
import org.csp.grant.domain.Money;
import org.csp.grant.domain.Obligation;
import org.csp.grant.domain.TacticalDraw;
import org.csp.platform.validation.AreaCodes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of awards and the tactical pot. */
public final class AwardDtos {
    private AwardDtos() {
    }

    @Schema(name = "CreateAward", description = "A grant award for one financial year. Amounts are whole pence.")
    public record CreateAward(
            @NotBlank @Size(max = 200) @Schema(example = "Kent Police and Crime Commissioner") String funder,
            @NotBlank @Size(max = 200) @Schema(example = "Maidstone Borough Council (Safer Maidstone Partnership)") String recipient,
            @NotBlank @Size(max = 50) @Pattern(regexp = AreaCodes.PATTERN, message = AreaCodes.MESSAGE)
            @Schema(description = "The area whose partnership the grant funds, as plan-service names it: "
                    + "a bid under the award must deliver priorities of that area's current adopted plan", example = "maidstone")
            String areaCode,
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}", message = "must look like 2019-20") @Size(max = 7)
            @Schema(example = "2019-20") String financialYear,
            @NotNull @Min(0) @Max(Money.MAX_PENCE) @Schema(description = "The award in whole pence", example = "4000000") Long amountPence,
            @NotNull @Min(0) @Max(Money.MAX_PENCE)
            @Schema(description = "The part ring-fenced as the tactical pot, whole pence", example = "500000") Long tacticalPotPence,
            @Size(max = 5000) @Schema(example = "Projects must deliver on both the PCC's priorities and the partnership's.") String conditions,
            @Size(max = 20) @Schema(description = "Obligations in addition to the configured ones (proposal report to the PCC by 31 March, progress report to committee in September)")
            List<@Valid @NotNull ObligationInput> additionalObligations) {
    }

    @Schema(name = "UpdateAward", description = "New figures and conditions of an award; needs If-Match")
    public record UpdateAward(
            @NotNull @Min(0) @Max(Money.MAX_PENCE) @Schema(example = "4000000") Long amountPence,
            @NotNull @Min(0) @Max(Money.MAX_PENCE) @Schema(example = "500000") Long tacticalPotPence,
            @Size(max = 5000) @Schema(description = "Replaces the award's conditions: left out or null, the award has none",
                    example = "Proposals to the PCC's office by 31 March 2019.") String conditions) {
    }

    @Schema(name = "ObligationInput")
    public record ObligationInput(
            @NotBlank @Size(max = 100) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
            @Schema(example = "year-end-return") String code,
            @NotBlank @Size(max = 1000) @Schema(example = "Year-end spend return to the PCC") String description,
            @NotNull @Schema(example = "2020-04-30") LocalDate dueDate) {
    }

    @Schema(name = "Obligation", description = "A dated duty that comes with the award",
            requiredProperties = {"code", "description", "dueDate"})
    public record ObligationView(
            @Schema(example = "pcc-proposal-report") String code,
            @Schema(example = "Report setting out how the grant is to be spent, to the PCC's office") String description,
            @Schema(example = "2019-03-31") LocalDate dueDate) {
        static ObligationView of(Obligation o) {
            return new ObligationView(o.code, o.description, o.dueDate);
        }
    }

    @Schema(name = "Award", description = "A grant award and its balances, in whole pence", requiredProperties = {"id", "funder",
            "recipient", "areaCode", "financialYear", "amountPence", "tacticalPotPence", "allocatedPence", "availableForAllocationPence",
            "tacticalPotDrawnPence", "tacticalPotRemainingPence", "conditions", "obligations", "createdAt", "version"})
    public record AwardView(
            UUID id,
            @Schema(example = "Kent Police and Crime Commissioner") String funder,
            @Schema(example = "Maidstone Borough Council (Safer Maidstone Partnership)") String recipient,
            @Schema(nullable = true, description = "The area whose partnership the grant funds; bids deliver that area's plan "
                    + "priorities. Null only for an award made before awards had an area (its bids may name any area's)",
                    example = "maidstone") String areaCode,
            @Schema(example = "2019-20") String financialYear,
            @Schema(example = "4000000") long amountPence,
            @Schema(example = "500000") long tacticalPotPence,
            @Schema(description = "Allocated to approved bids", example = "2500000") long allocatedPence,
            @Schema(description = "Still available for bids: amount less tactical pot less allocations", example = "1000000")
            long availableForAllocationPence,
            @Schema(description = "Drawn from the tactical pot", example = "75000") long tacticalPotDrawnPence,
            @Schema(description = "Left in the tactical pot", example = "425000") long tacticalPotRemainingPence,
            @Schema(nullable = true, description = "Conditions of the award; null when none were given") String conditions,
            List<ObligationView> obligations,
            Instant createdAt,
            @Schema(description = "The version; the ETag is this number in quotes", example = "3") long version) {

        public static AwardView of(GrantAward a) {
            return new AwardView(a.id, a.funder, a.recipient, a.areaCode, a.financialYear, a.amountPence, a.tacticalPotPence,
                    a.allocatedPence, a.availableForAllocationPence(), a.drawnPence, a.tacticalPotRemainingPence(),
                    a.conditions, a.obligations.stream().map(ObligationView::of).toList(), a.createdAt, a.version);
        }
    }

    @Schema(name = "DrawFromTacticalPot", description = "Money for an initiative that arose during the year")
    public record DrawRequest(
            @NotNull @Min(1) @Max(Money.MAX_PENCE) @Schema(description = "Whole pence, at least 1", example = "75000") Long amountPence,
            @NotBlank @Size(max = 2000) @Schema(example = "Extra patrols and target hardening after a spate of burglaries in Shepway")
            String reason,
            @NotBlank @Size(max = 200) @Schema(description = "Who approved the draw", example = "Community Protection Manager") String approvedBy) {
    }

    @Schema(name = "TacticalDraw", description = "A draw from the tactical pot", requiredProperties = {"id", "awardId", "amountPence",
            "reason", "approvedBy", "drawnAt", "drawnBy", "tacticalPotRemainingPence"})
    public record DrawView(
            UUID id, UUID awardId,
            @Schema(example = "75000") long amountPence,
            @Schema(example = "Extra patrols and target hardening after a spate of burglaries in Shepway") String reason,
            @Schema(example = "Community Protection Manager") String approvedBy,
            Instant drawnAt,
            @Schema(example = "officer@maidstone.gov.uk") String drawnBy,
            @Schema(nullable = true, description = "Left in the pot after this draw (only on the answer to the draw; null when read later)",
                    example = "425000")
            Long tacticalPotRemainingPence) {

        public static DrawView of(TacticalDraw d, Long remaining) {
            return new DrawView(d.id, d.awardId, d.amountPence, d.reason, d.approvedBy, d.drawnAt, d.drawnBy, remaining);
        }
    }

    @Schema(name = "AwardPage", description = "A page of awards", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
    public record AwardPage(List<AwardView> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(name = "TacticalDrawPage", description = "A page of draws from the tactical pot",
            requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
    public record TacticalDrawPage(List<DrawView> items, int page, int size, long totalItems, int totalPages) {
    }
}
