package org.csp.assessment.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.csp.assessment.domain.ImportMode;
import org.csp.assessment.domain.RowRejection;
import org.csp.assessment.domain.StatisticsImport;
import org.csp.assessment.repository.StatisticsStore.MonthlyFigure;
import org.csp.platform.validation.AreaCodes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of statistics and their imports. */
public final class StatisticsDtos {
    private StatisticsDtos() {
    }

    @Schema(name = "StatisticsImportRequest", description = "Monthly counts of one area from one named source and vintage")
    public record ImportRequest(
            @NotBlank @Size(max = 50) @Pattern(regexp = AreaCodes.PATTERN, message = AreaCodes.MESSAGE) @Schema(example = "maidstone") String areaCode,
            @NotBlank @Size(max = 60) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
            @Schema(description = "The named source", example = "kent-police") String sourceCode,
            @NotBlank @Size(max = 60) @Schema(description = "Which release of the source", example = "2019-01 extract") String vintage,
            @Size(max = 100) @Schema(description = "The agency importing; a partner agency may only give its own (default)", example = "kent-police") String agency,
            @NotNull @Size(max = 20_000) @Schema(description = "The counts; each row is checked and a bad one reported by its index")
            List<@NotNull Row> rows,
            @Size(max = 100) @Schema(description = "Notes that qualify the figures, such as a change in recording practice")
            List<@Valid @NotNull NoteInput> notes) {
    }

    @Schema(name = "StatisticsRow", description = "One category's count in one month; unavailable is not zero")
    public record Row(
            @Size(max = 60) @Schema(example = "sexual-offences") String categoryCode,
            @Size(max = 7) @Schema(description = "Month as yyyy-MM", example = "2018-04") String month,
            @Schema(description = "The count (>= 0); omit it when unavailable", example = "124") Long count,
            @Schema(description = "True when the figure is unavailable (then give no count)", example = "false") Boolean unavailable,
            @Size(max = 1000) @Schema(description = "A note on this figure", example = "provisional") String note) {
    }

    @Schema(name = "RecordingNoteInput", description = "A note that qualifies figures from a month on")
    public record NoteInput(
            @Size(max = 60) @Schema(description = "The category; omit for all categories", example = "violence-against-the-person") String categoryCode,
            @NotBlank @Size(max = 7) @Schema(example = "2018-04") String fromMonth,
            @NotBlank @Size(max = 2000) @Schema(example = "Multiple crimes in one incident are now recorded separately") String text) {
    }

    @Schema(name = "ImportReport", description = "What an import applied and what it rejected, row by row", requiredProperties = {"id", "format", "mode", "areaCode", "sourceCode", "vintage", "agency", "submittedBy", "submittedAt", "rowsRead", "rowsApplied", "rowsUnchanged", "rowsRejected", "rejections"})
    public record ImportReport(
            UUID id, StatisticsImport.Format format, ImportMode mode, @Schema(example = "maidstone") String areaCode,
            @Schema(example = "kent-police") String sourceCode, @Schema(example = "2019-01 extract") String vintage,
            @Schema(example = "kent-police") String agency, @Schema(example = "officer@maidstone.test") String submittedBy,
            Instant submittedAt, @Schema(example = "240") int rowsRead,
            @Schema(description = "Rows that changed stored figures", example = "238") int rowsApplied,
            @Schema(description = "Valid rows already stored with the same value (re-import)", example = "0") int rowsUnchanged,
            @Schema(example = "2") int rowsRejected, List<RowRejection> rejections) {

        public static ImportReport of(StatisticsImport i, ObjectMapper json) {
            List<RowRejection> rejections;
            try {
                rejections = List.of(json.readValue(i.rejections, RowRejection[].class));
            } catch (java.io.IOException e) {
                rejections = List.of();
            }
            return new ImportReport(i.id, i.format, i.mode, i.areaCode, i.sourceCode, i.vintage, i.agency, i.submittedBy,
                    i.submittedAt, i.rowsRead, i.rowsApplied, i.rowsUnchanged, i.rowsRejected, rejections);
        }
    }

    @Schema(name = "ImportReportPage", description = "A page of import reports", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
    public record ImportReportPage(List<ImportReport> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(name = "MonthlyCount", description = "A stored monthly figure; count is null when unavailable", requiredProperties = {"areaCode", "sourceCode", "month", "categoryCode", "count", "unavailable", "vintage", "note"})
    public record MonthlyCountView(
            @Schema(example = "maidstone") String areaCode, @Schema(example = "kent-police") String sourceCode,
            @Schema(example = "2018-04") String month, @Schema(example = "sexual-offences") String categoryCode,
            @Schema(example = "124", nullable = true) Long count, boolean unavailable, @Schema(example = "2019-01 extract") String vintage,
            @Schema(nullable = true) String note) {

        public static MonthlyCountView of(MonthlyFigure f) {
            return new MonthlyCountView(f.areaCode(), f.sourceCode(), f.month().toString(), f.categoryCode(), f.count(),
                    f.count() == null, f.vintage(), f.note());
        }
    }

    @Schema(name = "MonthlyCountPage", description = "A page of monthly figures", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
    public record MonthlyCountPage(List<MonthlyCountView> items, int page, int size, long totalItems, int totalPages) {
    }
}
