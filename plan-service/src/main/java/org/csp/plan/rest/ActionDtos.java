package org.csp.plan.rest;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.csp.plan.domain.ActionPlan;
import org.csp.plan.domain.ActionProgressNote;
import org.csp.plan.domain.ActionStatus;
import org.csp.plan.domain.DirectionOfTravel;
import org.csp.plan.domain.Polarity;
import org.csp.plan.domain.RagStatus;
import org.csp.platform.text.Decimals;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of action plans, indicators and actions. */
public final class ActionDtos {
    private ActionDtos() {
    }

    @Schema(name = "CreateActionPlan", description = "A theme's action plan for one financial year")
    public record CreateActionPlan(
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}", message = "must look like 2019-20") @Schema(example = "2019-20") String financialYear,
            @NotBlank @Size(max = 5_000) @Schema(example = "Victims of domestic abuse are confident to come forward and get support") String outcome) {
    }

    @Schema(name = "UpdateActionPlan", description = "The action plan's high-level outcome")
    public record UpdateActionPlan(@NotBlank @Size(max = 5_000) String outcome) {
    }

    @Schema(name = "ActionPlan", requiredProperties = {"id", "planId", "themeId", "financialYear", "outcome", "version"}, description = "A theme's action plan for one financial year")
    public record ActionPlanView(UUID id, UUID planId, UUID themeId, String financialYear, String outcome, long version) {
        public static ActionPlanView of(ActionPlan a) {
            return new ActionPlanView(a.id, a.planId, a.themeId, a.financialYear, a.outcome, a.version);
        }
    }

    @Schema(name = "CreateIndicator", description = "A measure of an action plan")
    public record CreateIndicator(
            @NotBlank @Size(max = 300) @Schema(example = "Visits to the domestic abuse One Stop Shop") String name,
            @NotBlank @Size(max = 50) @Schema(example = "visits") String unit,
            @NotNull @Schema(example = "HIGHER_IS_BETTER") Polarity polarity,
            @NotNull @Digits(integer = 14, fraction = 4) @Schema(example = "420") BigDecimal baseline,
            @NotNull @Digits(integer = 14, fraction = 4) @Schema(example = "500") BigDecimal target,
            @NotEmpty @Size(max = 60) @Schema(description = "The periods values are reported for, in order", example = "[\"2019-Q1\",\"2019-Q2\",\"2019-Q3\",\"2019-Q4\"]")
            List<@NotBlank @Size(max = 30) @Pattern(regexp = "[A-Za-z0-9-]+", message = "letters, digits and dashes") String> periods) {
    }

    @Schema(name = "RecordIndicatorValue", description = "The value of an indicator for one of its periods")
    public record RecordValue(
            @NotNull @Digits(integer = 14, fraction = 4) @Schema(example = "131") BigDecimal value,
            @Size(max = 2_000) @Schema(example = "Includes the first pop-up session in a rural area") String note) {
    }

    @Schema(name = "IndicatorValue", requiredProperties = {"period", "value", "note", "recordedBy", "recordedAt"})
    public record ValueView(String period, BigDecimal value, @Schema(nullable = true) String note, String recordedBy, Instant recordedAt) {
        public ValueView {
            value = Decimals.withoutPaddingZeros(value);
        }
    }

    @Schema(name = "Indicator", requiredProperties = {"id", "actionPlanId", "name", "unit", "polarity", "baseline", "target", "periods", "values", "latestPeriod", "latestValue", "rag", "directionOfTravel", "version"}, description = "An indicator with its values, RAG status and direction of travel")
    public record IndicatorView(UUID id, UUID actionPlanId, String name, String unit, Polarity polarity, BigDecimal baseline,
            BigDecimal target, List<String> periods, List<ValueView> values,
            @Schema(nullable = true, description = "The last period with a value") String latestPeriod,
            @Schema(nullable = true) BigDecimal latestValue,
            @Schema(description = "Latest value against the target, using the configured amber tolerance; NOT_MEASURED without a value") RagStatus rag,
            @Schema(description = "Latest value against the previous one (or the baseline); NOT_MEASURED without a value") DirectionOfTravel directionOfTravel,
            long version) {
        /** The columns keep four decimal places; a client reads back 420 and 12.5 as it wrote them, not 420.0000. */
        public IndicatorView {
            baseline = Decimals.withoutPaddingZeros(baseline);
            target = Decimals.withoutPaddingZeros(target);
            latestValue = Decimals.withoutPaddingZeros(latestValue);
        }
    }

    @Schema(name = "ActionRequest", description = "A measurable action (create, or replace on update)")
    public record ActionRequest(
            @NotBlank @Size(max = 300) @Schema(example = "Review One Stop Shop usage against reported incidents") String title,
            @Size(max = 10_000) @Schema(example = "Identify whether rural One Stop Shops are needed") String description,
            @Schema(description = "The sub-group that leads the action") UUID leadGroupId,
            @Size(max = 100) @Schema(description = "The agency that leads the action; a partner agency may update only its own", example = "kent-police") String leadAgency,
            @NotBlank @Size(max = 200) @Schema(example = "Domestic Abuse Forum chair") String owner,
            @NotNull @Schema(example = "2019-04-01") LocalDate startDate,
            @NotNull @Schema(example = "2019-09-30") LocalDate dueDate,
            @Schema(description = "Defaults to NOT_STARTED on create; left out on update, the action keeps its status", example = "IN_PROGRESS") ActionStatus status,
            @Size(max = 20) List<@NotNull UUID> indicatorIds) {
    }

    @Schema(name = "ActionProgress", description = "A progress note, optionally with a new status")
    public record ProgressRequest(
            @NotBlank @Size(max = 5_000) @Schema(example = "Two hairdressers' training sessions delivered") String note,
            @Schema(example = "IN_PROGRESS") ActionStatus status) {
    }

    @Schema(name = "ActionProgressNote", requiredProperties = {"id", "actionId", "note", "fromStatus", "toStatus", "author", "agency", "recordedAt"})
    public record ProgressView(UUID id, UUID actionId, String note, @Schema(nullable = true) ActionStatus fromStatus,
            @Schema(nullable = true) ActionStatus toStatus, String author, @Schema(nullable = true) String agency, Instant recordedAt) {
        public static ProgressView of(ActionProgressNote n) {
            return new ProgressView(n.id, n.actionId, n.note, n.fromStatus, n.toStatus, n.author, n.agency, n.recordedAt);
        }
    }

    @Schema(name = "ActionFunding", requiredProperties = {"bidId", "awardId", "financialYear", "bidTitle", "applicant", "allocatedPence", "updatedAt"}, description = "Money an approved grant bid allocates to the action")
    public record FundingView(UUID bidId, @Schema(nullable = true) UUID awardId, @Schema(nullable = true) String financialYear, @Schema(nullable = true) String bidTitle,
            @Schema(nullable = true) String applicant,
            long allocatedPence, Instant updatedAt) {
    }

    @Schema(name = "Action", requiredProperties = {"id", "actionPlanId", "planId", "themeId", "title", "description", "leadGroupId", "leadAgency", "owner", "startDate", "dueDate", "status", "overdue", "atRisk", "indicatorIds", "funding", "fundedPence", "updatedAt", "version"}, description = "A measurable action and whether it needs attention")
    public record ActionView(UUID id, UUID actionPlanId, UUID planId, UUID themeId, String title, @Schema(nullable = true) String description,
            @Schema(nullable = true) UUID leadGroupId, @Schema(nullable = true) String leadAgency, String owner, LocalDate startDate, LocalDate dueDate, ActionStatus status,
            @Schema(description = "Due before today and not completed or cancelled") boolean overdue,
            @Schema(description = "Marked AT_RISK, or not started after its start date") boolean atRisk,
            Set<UUID> indicatorIds, List<FundingView> funding, @Schema(example = "250000") long fundedPence,
            Instant updatedAt, long version) {
    }
}
