package org.csp.assessment.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.csp.assessment.domain.Area;
import org.csp.platform.validation.AreaCodes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of areas and their populations. */
public final class AreaDtos {
    private AreaDtos() {
    }

    @Schema(name = "CreateArea", description = "A borough or community safety partnership area")
    public record CreateArea(
            @NotBlank @Size(max = 50) @Pattern(regexp = AreaCodes.PATTERN, message = AreaCodes.MESSAGE)
            @Schema(description = "Stable code", example = "maidstone") String code,
            @NotBlank @Size(max = 200) @Schema(description = "Name", example = "Maidstone Borough") String name,
            @NotNull @Size(max = 100) @Schema(description = "Population by year (mid-year estimates)")
            List<@Valid @NotNull Population> populations) {
    }

    @Schema(name = "Population", description = "The population of an area in a year")
    public record Population(
            @NotNull @Min(1900) @Max(2100) @Schema(example = "2018") Integer year,
            @NotNull @Min(1) @Max(100_000_000) @Schema(example = "169955") Long population) {
    }

    @Schema(name = "SetPopulation", description = "The population of an area in one year")
    public record SetPopulation(@NotNull @Min(1) @Max(100_000_000) @Schema(example = "171826") Long population) {
    }

    @Schema(name = "Area", description = "An area with its population by year", requiredProperties = {"code", "name", "populations", "version"})
    public record AreaView(
            @Schema(example = "maidstone") String code, @Schema(example = "Maidstone Borough") String name,
            List<Population> populations, @Schema(description = "Version, also the ETag", example = "0") long version) {

        public static AreaView of(Area area) {
            return new AreaView(area.code, area.name, area.populations.entrySet().stream()
                    .sorted(java.util.Map.Entry.comparingByKey())
                    .map(e -> new Population(e.getKey(), e.getValue())).toList(), area.version);
        }
    }

    @Schema(name = "AreaPage", description = "A page of areas", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
    public record AreaPage(List<AreaView> items, int page, int size, long totalItems, int totalPages) {
    }
}
