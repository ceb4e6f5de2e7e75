package org.csp.plan.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.csp.plan.domain.DutyKind;
import org.csp.plan.domain.DutyStatus;
import org.csp.plan.domain.GroupDuty;
import org.csp.plan.domain.GroupKind;
import org.csp.plan.domain.PartnershipGroup;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of the partnership-structure API. */
public final class GroupDtos {
    private GroupDtos() {
    }

    @Schema(name = "GroupRequest", description = "A body of the partnership (create, or replace on update)")
    public record GroupRequest(
            @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "lower-case letters, digits and dashes")
            @Schema(description = "Short unique code", example = "socp") String code,
            @NotBlank @Size(max = 200) @Schema(example = "Serious & Organised Crime Panel") String name,
            @NotNull @Schema(example = "SUB_GROUP") GroupKind kind,
            @Schema(description = "The body it reports to", example = "5b0c3a8e-3f7e-4a65-9d7a-0d3a1f3f6b10") UUID parentId,
            @Size(max = 10_000) @Schema(example = "Meets regularly to tackle known organised crime groups with a coordinated approach") String description,
            @Size(max = 200) @Schema(example = "Kent Police") String chair,
            @Size(max = 200) @Schema(example = "Monthly") String meets,
            @Size(max = 100) @Schema(description = "Codes of the member agencies", example = "[\"maidstone-borough-council\",\"kent-police\"]")
            List<@NotBlank @Size(max = 100) String> memberAgencies) {
    }

    @Schema(name = "ThemeReference", requiredProperties = {"themeId", "planId", "title"}, description = "A priority theme a group leads or supports")
    public record ThemeRef(UUID themeId, UUID planId, String title) {
    }

    @Schema(name = "PartnershipGroup", requiredProperties = {"id", "code", "name", "kind", "parentId", "description", "chair", "meets", "memberAgencies", "leads", "supports", "version"}, description = "A body of the partnership, its member agencies and the priorities it leads or supports")
    public record GroupView(UUID id, String code, String name, GroupKind kind, @Schema(nullable = true) UUID parentId,
            @Schema(nullable = true) String description, @Schema(nullable = true) String chair, @Schema(nullable = true) String meets, Set<String> memberAgencies, List<ThemeRef> leads, List<ThemeRef> supports, long version) {
        public static GroupView of(PartnershipGroup g, List<ThemeRef> leads, List<ThemeRef> supports) {
            return new GroupView(g.id, g.code, g.name, g.kind, g.parentId, g.description, g.chair, g.meets,
                    g.memberAgencies, leads, supports, g.version);
        }
    }

    @Schema(name = "CreateGroupDuty", description = "A yearly duty of a sub-group to track")
    public record CreateDuty(
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}", message = "must look like 2019-20") @Schema(example = "2019-20") String financialYear,
            @NotNull @Schema(example = "EQUALITIES_ANALYSIS") DutyKind kind,
            @Schema(example = "2019-06-30") LocalDate dueDate,
            @Size(max = 5_000) @Schema(example = "Equalities Act 2010 screening of the annual action plan") String notes) {
    }

    @Schema(name = "UpdateGroupDuty", description = "Progress on a duty")
    public record UpdateDuty(
            @NotNull @Schema(example = "DONE") DutyStatus status,
            @Schema(example = "2019-06-30") LocalDate dueDate,
            @Size(max = 5_000) @Schema(example = "Screening completed and filed") String notes) {
    }

    @Schema(name = "GroupDuty", requiredProperties = {"id", "groupId", "financialYear", "kind", "status", "dueDate", "notes", "updatedAt", "version"}, description = "A yearly duty of a sub-group and where it stands")
    public record DutyView(UUID id, UUID groupId, String financialYear, DutyKind kind, DutyStatus status, @Schema(nullable = true) LocalDate dueDate,
            @Schema(nullable = true) String notes, Instant updatedAt, long version) {
        public static DutyView of(GroupDuty d) {
            return new DutyView(d.id, d.groupId, d.financialYear, d.kind, d.status, d.dueDate, d.notes, d.updatedAt, d.version);
        }
    }
}
