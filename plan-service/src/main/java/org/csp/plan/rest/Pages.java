package org.csp.plan.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The concrete page shapes of this API, for the OpenAPI document (the lists return {@code Page<T>} of this shape). */
public final class Pages {
    private Pages() {
    }

    @Schema(name = "GroupPage", description = "One page of a list")
    public record GroupPage(List<GroupDtos.GroupView> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
            @Schema(example = "1") long totalItems, @Schema(example = "1") int totalPages) {
    }

    @Schema(name = "GroupDutyPage", description = "One page of a list")
    public record GroupDutyPage(List<GroupDtos.DutyView> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
            @Schema(example = "1") long totalItems, @Schema(example = "1") int totalPages) {
    }

    @Schema(name = "PlanPage", description = "One page of a list")
    public record PlanPage(List<PlanDtos.PlanView> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
            @Schema(example = "1") long totalItems, @Schema(example = "1") int totalPages) {
    }

    @Schema(name = "PriorityThemePage", description = "One page of a list")
    public record PriorityThemePage(List<PlanDtos.ThemeView> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
            @Schema(example = "1") long totalItems, @Schema(example = "1") int totalPages) {
    }

    @Schema(name = "PriorityProposalPage", description = "One page of a list")
    public record PriorityProposalPage(List<PlanDtos.ProposalView> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
            @Schema(example = "1") long totalItems, @Schema(example = "1") int totalPages) {
    }

    @Schema(name = "ActionPlanPage", description = "One page of a list")
    public record ActionPlanPage(List<ActionDtos.ActionPlanView> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
            @Schema(example = "1") long totalItems, @Schema(example = "1") int totalPages) {
    }

    @Schema(name = "IndicatorPage", description = "One page of a list")
    public record IndicatorPage(List<ActionDtos.IndicatorView> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
            @Schema(example = "1") long totalItems, @Schema(example = "1") int totalPages) {
    }

    @Schema(name = "ActionPage", description = "One page of a list")
    public record ActionPage(List<ActionDtos.ActionView> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
            @Schema(example = "1") long totalItems, @Schema(example = "1") int totalPages) {
    }

    @Schema(name = "ActionProgressNotePage", description = "One page of a list")
    public record ActionProgressNotePage(List<ActionDtos.ProgressView> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
            @Schema(example = "1") long totalItems, @Schema(example = "1") int totalPages) {
    }
}
