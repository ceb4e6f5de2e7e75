package org.csp.assessment.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.csp.assessment.domain.CrimeCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of the crime taxonomy. */
public final class CategoryDtos {
    private CategoryDtos() {
    }

    /** Which list a category comes from. */
    public enum Scheme { POLICE_UK, HOME_OFFICE, LOCAL }

    @Schema(name = "CreateCategory", description = "A category the partnership adds to the taxonomy")
    public record CreateCategory(
            @NotBlank @Size(max = 60) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
            @Schema(example = "needle-finds") String code,
            @NotBlank @Size(max = 200) @Schema(example = "Discarded needle finds") String name,
            @Size(max = 2000) @Schema(example = "Needles found and collected by the council's street cleansing team") String description,
            @Size(max = 60) @Schema(description = "A broader category this one is part of", example = "drugs") String parentCode,
            @Schema(description = "Flag: domestic-abuse related", example = "false") boolean domesticAbuseRelated,
            @Schema(description = "Counts towards all crime when a source gives no total", example = "false") boolean countsTowardsTotal,
            @NotNull @Size(max = 20) @Schema(description = "data.police.uk categories it falls within", example = "[\"drugs\"]")
            List<@NotBlank @Size(max = 60) String> mapsTo) {
    }

    @Schema(name = "Category", description = "A crime category of the taxonomy", requiredProperties = {"code", "name", "description", "scheme", "policeUkSlug", "homeOfficeGroup", "parentCode", "domesticAbuseRelated", "countsTowardsTotal", "streetLevelName", "mapsTo", "addedBy"})
    public record CategoryView(
            @Schema(example = "sexual-offences") String code, @Schema(example = "Sexual offences (all)") String name,
            @Schema(nullable = true) String description, Scheme scheme, @Schema(description = "A data.police.uk category slug") boolean policeUkSlug,
            @Schema(description = "A Home Office offence group") boolean homeOfficeGroup, @Schema(nullable = true) String parentCode,
            boolean domesticAbuseRelated, boolean countsTowardsTotal,
            @Schema(description = "The 'Crime type' of data.police.uk street-level CSV that maps to it", example = "Violence and sexual offences", nullable = true)
            String streetLevelName, @Schema(example = "[\"violent-crime\"]") List<String> mapsTo,
            @Schema(description = "Who added it (null for the seeded taxonomy)", nullable = true) String addedBy) {

        public static CategoryView of(CrimeCategory c) {
            Scheme scheme = c.policeUkSlug ? Scheme.POLICE_UK : c.homeOfficeGroup ? Scheme.HOME_OFFICE : Scheme.LOCAL;
            return new CategoryView(c.code, c.name, c.description, scheme, c.policeUkSlug, c.homeOfficeGroup, c.parentCode,
                    c.domesticAbuseRelated, c.countsTowardsTotal, c.streetLevelName, List.copyOf(c.mapsTo), c.addedBy);
        }
    }

    @Schema(name = "CategoryPage", description = "A page of categories", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
    public record CategoryPage(List<CategoryView> items, int page, int size, long totalItems, int totalPages) {
    }
}
