package org.csp.assessment.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.csp.assessment.domain.AssessmentStatus;
import org.csp.assessment.domain.CandidatePriority;
import org.csp.assessment.domain.EvidenceKind;
import org.csp.assessment.domain.RecommendedPriority;
import org.csp.assessment.domain.StrategicAssessment;
import org.csp.platform.validation.AreaCodes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of the assessment API. */
public final class AssessmentDtos {
    private AssessmentDtos() {
    }

    @Schema(name = "CreateAssessment", description = "A new DRAFT Strategic Assessment")
    public record CreateAssessment(
            @NotBlank @Size(max = 50) @Pattern(regexp = AreaCodes.PATTERN, message = AreaCodes.MESSAGE) @Schema(example = "maidstone") String areaCode,
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}", message = "must look like 2019-20") @Schema(example = "2019-20") String financialYear,
            @NotBlank @Size(max = 300) @Schema(example = "Strategic Assessment 2019-20") String title,
            @NotNull @Size(max = 50) List<@Valid @NotNull Priority> priorities,
            @Size(max = 50) @Schema(description = "Data still to come", example = "[\"Needle exchange data from CGL to be added later\"]")
            List<@NotBlank @Size(max = 1000) String> pendingData) {
    }

    @Schema(name = "UpdateAssessment", description = "The whole editable content of a DRAFT assessment (replaces it)")
    public record UpdateAssessment(
            @NotBlank @Size(max = 300) @Schema(example = "Strategic Assessment 2019-20") String title,
            @NotNull @Size(max = 50) List<@Valid @NotNull Priority> priorities,
            @NotNull @Size(max = 50) List<@NotBlank @Size(max = 1000) String> pendingData) {
    }

    @Schema(name = "PriorityInput", description = "A recommended priority theme with its rationale and evidence; on an update, "
            + "the id of the assessment's priority it is, so that priority keeps its id")
    public record Priority(
            @Schema(description = "On an update: the id (read from the assessment) of the priority this one is, which keeps that id; "
                    + "leave it out for a new priority. When no priority of an update has an id, each keeps the id of the "
                    + "assessment's priority with the same title. An id not of this assessment, or given twice, is a 400 naming it")
            UUID id,
            @NotBlank @Size(max = 300) @Schema(example = "Protecting our communities against serious, violent and organised crime") String title,
            @NotBlank @Size(max = 10_000) @Schema(example = "Sexual offences rose 48.2% year on year") String rationale,
            @Size(max = 20) @Schema(description = "Categories of the taxonomy it concerns", example = "[\"sexual-offences\"]")
            List<@NotBlank @Size(max = 60) String> categoryCodes,
            @Size(max = 20) @Schema(description = "The trends and findings that support it") List<@Valid @NotNull EvidenceInput> evidence) {
    }

    @Schema(name = "EvidenceInput", description = "A TREND (category, two periods, optional source; or, on an update, the trendId of a "
            + "trend the assessment already cites or proposed as a candidate) or a FINDING (findingId). A field of the other kind "
            + "is a 400 naming it.")
    public record EvidenceInput(
            @NotNull @Schema(example = "TREND") EvidenceKind kind,
            @Schema(description = "TREND, on an update, instead of the category and periods: the id of a trend this assessment "
                    + "already cites (the evidence id read from it) or proposed as a candidate (its trendId); kept with its summary")
            UUID trendId,
            @Size(max = 60) @Schema(description = "TREND: the category", example = "sexual-offences") String categoryCode,
            @Size(max = 20) @Schema(description = "TREND: the earlier period", example = "FY2017-18") String previous,
            @Size(max = 20) @Schema(description = "TREND: the later period", example = "FY2018-19") String current,
            @Size(max = 60) @Schema(description = "TREND: the source, when the area has several", example = "kent-police") String sourceCode,
            @Schema(description = "FINDING: the finding's id") UUID findingId) {
    }

    @Schema(name = "Assessment", description = "A Strategic Assessment and the priorities it recommends", requiredProperties = {"id", "areaCode", "financialYear", "title", "status", "publishedAt", "endorsedAt", "endorsedByDecision", "version", "pendingData", "priorities"})
    public record AssessmentView(
            UUID id, @Schema(example = "maidstone") String areaCode, @Schema(example = "2019-20") String financialYear,
            String title, AssessmentStatus status, @Schema(nullable = true) Instant publishedAt, @Schema(nullable = true) Instant endorsedAt,
            @Schema(description = "The governance decision that endorsed it", nullable = true) UUID endorsedByDecision,
            @Schema(description = "Version, also the ETag") long version, List<String> pendingData, List<PriorityView> priorities) {

        public static AssessmentView of(StrategicAssessment a) {
            return of(a, a.priorities);
        }

        /** The view of {@code a} with its priorities loaded separately (AssessmentService.prioritiesOf). */
        public static AssessmentView of(StrategicAssessment a, List<RecommendedPriority> priorities) {
            return new AssessmentView(a.id, a.areaCode, a.financialYear, a.title, a.status, a.publishedAt, a.endorsedAt,
                    a.endorsedByDecision, a.version, List.copyOf(a.pendingData),
                    priorities.stream().map(PriorityView::of).toList());
        }
    }

    @Schema(name = "RecommendedPriority", requiredProperties = {"id", "position", "title", "rationale", "categoryCodes", "evidence"})
    public record PriorityView(UUID id, int position, String title, String rationale, List<String> categoryCodes,
            List<EvidenceView> evidence) {

        static PriorityView of(RecommendedPriority p) {
            return new PriorityView(p.id, p.position, p.title, p.rationale, List.copyOf(p.categoryCodes),
                    p.evidence.stream().map(e -> new EvidenceView(e.kind, e.refId, e.summary)).toList());
        }
    }

    @Schema(name = "Evidence", description = "A trend (id from GET /areas/{areaCode}/trends) or finding that supports a priority", requiredProperties = {"kind", "id", "summary"})
    public record EvidenceView(EvidenceKind kind, UUID id, @Schema(example = "Sexual offences (all) +48.2% (330 in FY2017-18, 489 in FY2018-19)") String summary) {
    }

    @Schema(name = "AssessmentPage", description = "A page of assessments", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
    public record AssessmentPage(List<AssessmentView> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(name = "CandidatePriority", description = "A priority proposed from a significant rise; PROPOSED until accepted or dropped", requiredProperties = {"id", "categoryCode", "title", "rationale", "trendId", "trendSummary", "changePercent", "status", "priorityId"})
    public record CandidateView(UUID id, @Schema(example = "sexual-offences") String categoryCode, String title, String rationale,
            UUID trendId, String trendSummary, @Schema(example = "48.2") BigDecimal changePercent, CandidatePriority.Status status,
            @Schema(description = "The recommended priority it became, once accepted", nullable = true) UUID priorityId) {

        public static CandidateView of(CandidatePriority c) {
            return new CandidateView(c.id, c.categoryCode, c.title, c.rationale, c.trendId, c.trendSummary, c.changePercent,
                    c.status, c.priorityId);
        }
    }

    @Schema(name = "AcceptCandidate", description = "Accept a candidate, optionally editing its title and rationale")
    public record AcceptCandidate(
            @Size(max = 300) @Schema(example = "Safeguarding people whose circumstances make them vulnerable") String title,
            @Size(max = 10_000) @Schema(example = "Sexual offences rose 48.2%, partly from a change in recording practice") String rationale) {
    }
}
