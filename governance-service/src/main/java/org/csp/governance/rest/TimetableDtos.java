package org.csp.governance.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.csp.governance.domain.DecisionAction;
import org.csp.governance.domain.DecisionStatus;
import org.csp.governance.domain.MeetingStatus;
import org.csp.governance.domain.Outcome;
import org.csp.governance.domain.StepPurpose;
import org.csp.governance.rest.MeetingDtos.SubjectRef;
import org.csp.governance.rest.MeetingDtos.SubjectView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes for a report's path across meetings. */
public final class TimetableDtos {
    private TimetableDtos() {
    }

    @Schema(name = "CreateReportPath", description = "A report's path: each meeting it goes to, in date order, ending with the final decision-maker")
    public record CreateReportPath(
            @NotBlank @Size(max = 300) @Schema(example = "Community Safety Plan 2019-22") String title,
            @NotNull @Valid SubjectRef subject,
            @NotNull @Schema(description = "The body that takes the final decision (Council)") UUID finalDecisionMakerBodyId,
            @NotNull @Size(min = 1, max = 20) List<@Valid @NotNull Step> steps) {

        @Schema(name = "ReportPathStepRequest")
        public record Step(@NotNull UUID meetingId, @NotNull @Schema(example = "RECOMMEND") StepPurpose purpose) {
        }
    }

    @Schema(name = "ReportPath", requiredProperties = {"id", "title", "subject", "finalDecisionMakerBodyId", "finalDecisionMakerName", "status", "steps", "createdAt", "version"})
    public record ReportPathView(UUID id, String title, @Schema(nullable = true) SubjectView subject, UUID finalDecisionMakerBodyId,
            String finalDecisionMakerName, @Schema(description = "PLANNED, IN_PROGRESS, DECIDED (final decision effective) or REFERRED") String status,
            List<StepView> steps, Instant createdAt, long version) {
    }

    @Schema(name = "ReportPathStep", requiredProperties = {"position", "meetingId", "date", "bodyName", "purpose", "meetingStatus", "decision"})
    public record StepView(int position, UUID meetingId, LocalDate date, String bodyName, StepPurpose purpose,
            MeetingStatus meetingStatus, @Schema(nullable = true) StepDecision decision) {
    }

    @Schema(name = "ReportPathDecision", requiredProperties = {"decisionId", "action", "outcome", "status", "referralDeadline"}, description = "The decision taken on the report's subject at that meeting, if any")
    public record StepDecision(UUID decisionId, DecisionAction action, Outcome outcome, DecisionStatus status,
            @Schema(nullable = true) LocalDate referralDeadline) {
    }
}
