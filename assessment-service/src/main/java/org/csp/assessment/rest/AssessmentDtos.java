package org.csp.assessment.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.csp.assessment.domain.AssessmentStatus;
import org.csp.assessment.domain.StrategicAssessment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of the assessment API. */
public final class AssessmentDtos {
    private AssessmentDtos() {
    }

    @Schema(name = "CreateAssessment", description = "A new DRAFT Strategic Assessment")
    public record CreateAssessment(
            @NotBlank @Size(max = 50) @Schema(example = "maidstone") String areaCode,
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}", message = "must look like 2019-20") @Schema(example = "2019-20") String financialYear,
            @NotBlank @Size(max = 300) @Schema(example = "Strategic Assessment 2019-20") String title,
            @NotNull @Size(max = 50) List<@Valid @NotNull Priority> priorities) {

        @Schema(name = "CreateAssessmentPriority")
        public record Priority(
                @NotBlank @Size(max = 300) @Schema(example = "Protecting our communities against serious, violent and organised crime") String title,
                @NotBlank @Size(max = 10_000) @Schema(example = "Sexual offences rose 48.2% year on year") String rationale) {
        }
    }

    @Schema(name = "Assessment", description = "A Strategic Assessment and the priorities it recommends")
    public record AssessmentView(
            UUID id, String areaCode, String financialYear, String title, AssessmentStatus status,
            Instant publishedAt, long version, List<PriorityView> priorities) {

        public static AssessmentView of(StrategicAssessment a) {
            return new AssessmentView(a.id, a.areaCode, a.financialYear, a.title, a.status, a.publishedAt, a.version,
                    a.priorities.stream().map(p -> new PriorityView(p.id, p.position, p.title, p.rationale)).toList());
        }
    }

    @Schema(name = "RecommendedPriority")
    public record PriorityView(UUID id, int position, String title, String rationale) {
    }
}
