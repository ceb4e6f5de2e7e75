package org.csp.assessment.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.csp.assessment.domain.Finding;
import org.csp.assessment.domain.FindingKind;
import org.csp.assessment.domain.Measure;
import org.csp.platform.text.Decimals;
import org.csp.platform.validation.AreaCodes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of findings. */
public final class FindingDtos {
    private FindingDtos() {
    }

    @Schema(name = "CreateFinding", description = "A survey result or location finding with its source and date")
    public record CreateFinding(
            @NotBlank @Size(max = 50) @Pattern(regexp = AreaCodes.PATTERN, message = AreaCodes.MESSAGE) @Schema(example = "maidstone") String areaCode,
            @NotNull @Schema(example = "SURVEY") FindingKind kind,
            @NotBlank @Size(max = 300) @Schema(example = "Residents' Survey 2017: feelings of safety") String title,
            @NotBlank @Size(max = 4000) @Schema(example = "Most residents feel safe at home and in the day; fewer at night") String summary,
            @NotBlank @Size(max = 300) @Schema(example = "Maidstone Borough Council Residents' Survey 2017") String source,
            @NotNull @Schema(description = "When the finding was observed or published", example = "2017-11-30") LocalDate observedOn,
            @NotNull @Size(max = 50) List<@Valid @NotNull MeasureInput> measures,
            @Valid @Schema(description = "Where (location findings)") Location location) {
    }

    @Schema(name = "Measure", description = "One figure of a finding")
    public record MeasureInput(
            @NotBlank @Size(max = 200) @Schema(example = "feel safe at home") String name,
            @NotNull @DecimalMin("0") @DecimalMax("1000000000") @Digits(integer = 12, fraction = 2) @Schema(example = "93") BigDecimal value,
            @NotNull @Schema(example = "PERCENT") Measure.Unit unit) {
    }

    @Schema(name = "Location", description = "A named place, optionally with coordinates")
    public record Location(
            @NotBlank @Size(max = 300) @Schema(example = "Lower Boxley Road") String name,
            @DecimalMin("-90") @DecimalMax("90") @Schema(example = "51.2786") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") @Schema(example = "0.5226") Double longitude) {
    }

    @Schema(name = "Finding", description = "A survey result or location finding", requiredProperties = {"id", "areaCode", "kind", "title", "summary", "source", "observedOn", "measures", "location"})
    public record FindingView(UUID id, @Schema(example = "maidstone") String areaCode, FindingKind kind, String title,
            String summary, String source, LocalDate observedOn, List<MeasureInput> measures, @Schema(nullable = true) Location location) {

        public static FindingView of(Finding f) {
            return new FindingView(f.id, f.areaCode, f.kind, f.title, f.summary, f.source, f.observedOn,
                    f.measures.stream().map(m -> new MeasureInput(m.name, Decimals.withoutPaddingZeros(m.value), m.unit)).toList(),
                    f.locationName == null ? null : new Location(f.locationName, f.latitude, f.longitude));
        }
    }

    @Schema(name = "FindingPage", description = "A page of findings", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
    public record FindingPage(List<FindingView> items, int page, int size, long totalItems, int totalPages) {
    }
}
