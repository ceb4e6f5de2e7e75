package org.csp.plan.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.csp.plan.domain.CommunitySafetyPlan;
import org.csp.plan.domain.PlanStatus;
import org.csp.plan.domain.PriorityProposal;
import org.csp.plan.domain.PriorityTheme;
import org.csp.plan.domain.ProposalStatus;
import org.csp.plan.domain.ThemeEvidence;
import org.csp.platform.validation.AreaCodes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of plans, priority themes and proposals. */
public final class PlanDtos {
    private PlanDtos() {
    }

    @Schema(name = "CrossCuttingTheme", description = "A theme that applies across all priorities")
    public record CrossCutting(
            @NotBlank @Size(max = 300) @Schema(example = "Prevent duty") String title,
            @Size(max = 5_000) @Schema(nullable = true, example = "The Government-driven duty to prevent people being drawn into terrorism") String description) {
    }

    @Schema(name = "CreatePlan", description = "A new DRAFT Community Safety Plan")
    public record CreatePlan(
            @NotBlank @Size(max = 50) @Pattern(regexp = AreaCodes.PATTERN, message = AreaCodes.MESSAGE) @Schema(example = "maidstone") String areaCode,
            @NotBlank @Size(max = 300) @Schema(example = "Community Safety Plan 2019-22") String title,
            @NotNull @Schema(example = "2019-04-01") LocalDate periodStart,
            @NotNull @Schema(example = "2022-03-31") LocalDate periodEnd,
            @Schema(description = "The earlier plan this one replaces", example = "0f8fad5b-d9cb-469f-a165-70867728950e") UUID replacesPlanId,
            @Size(max = 20_000) @Schema(example = "Our 2019-22 plan builds on extensive experience of working together") String foreword,
            @Size(max = 20) List<@Valid @NotNull CrossCutting> crossCuttingThemes) {
    }

    @Schema(name = "UpdatePlan", description = "The plan's details. Its status is not edited here: only governance decisions move it.")
    public record UpdatePlan(
            @NotBlank @Size(max = 300) @Schema(example = "Community Safety Plan 2019-22") String title,
            @NotNull @Schema(example = "2019-04-01") LocalDate periodStart,
            @NotNull @Schema(example = "2022-03-31") LocalDate periodEnd,
            UUID replacesPlanId,
            @Size(max = 20_000) String foreword,
            @Size(max = 20) List<@Valid @NotNull CrossCutting> crossCuttingThemes,
            @Schema(description = "Optional; if sent it must equal the current status: a different one is refused (409)"
                    + " because RECOMMENDED and ADOPTED follow governance decisions only", example = "DRAFT") PlanStatus status) {
    }

    @Schema(name = "OpenRefresh", description = "Why the adopted plan's priorities are being refreshed")
    public record OpenRefresh(
            @NotBlank @Size(max = 2_000) @Schema(example = "The 2020-21 Strategic Assessment brings a new emerging priority") String reason) {
    }

    @Schema(name = "Plan", requiredProperties = {"id", "areaCode", "title", "periodStart", "periodEnd", "status", "replacesPlanId", "supersededByPlanId", "foreword", "crossCuttingThemes", "recommendedDecisionId", "recommendedOn", "adoptedDecisionId", "adoptedOn", "supersededOn", "refreshRequired", "refreshReasons", "version"}, description = "A Community Safety Plan")
    public record PlanView(UUID id, String areaCode, String title, LocalDate periodStart, LocalDate periodEnd, PlanStatus status,
            @Schema(nullable = true) UUID replacesPlanId, @Schema(nullable = true) UUID supersededByPlanId, @Schema(nullable = true) String foreword,
            List<CrossCutting> crossCuttingThemes, @Schema(nullable = true) UUID recommendedDecisionId, @Schema(nullable = true) LocalDate recommendedOn,
            @Schema(nullable = true) UUID adoptedDecisionId, @Schema(nullable = true) LocalDate adoptedOn, @Schema(nullable = true) LocalDate supersededOn,
            @Schema(description = "True while the adopted plan is being refreshed; its priorities may then change") boolean refreshRequired,
            @Schema(description = "Why a refresh is needed (for example the priority a later assessment recommends)") List<String> refreshReasons,
            long version) {
        public static PlanView of(CommunitySafetyPlan p) {
            return new PlanView(p.id, p.areaCode, p.title, p.periodStart, p.periodEnd, p.status, p.replacesPlanId,
                    p.supersededByPlanId, p.foreword,
                    p.crossCuttingThemes.stream().map(c -> new CrossCutting(c.title, c.description)).toList(),
                    p.recommendedDecisionId, p.recommendedOn, p.adoptedDecisionId, p.adoptedOn, p.supersededOn,
                    p.refreshRequired, List.copyOf(p.refreshReasons), p.version);
        }
    }

    @Schema(name = "ThemeEvidence", description = "The Strategic Assessment recommendation a theme came from")
    public record Evidence(
            @NotNull @Schema(example = "3f6e1c1e-8a9b-4c2d-9e0f-1a2b3c4d5e6f") UUID recommendationId,
            UUID assessmentId,
            @Size(max = 300) @Schema(example = "Serious and organised crime") String title) {
    }

    @Schema(name = "ThemeRequest", description = "A priority theme (create, or replace on update)")
    public record ThemeRequest(
            @NotBlank @Size(max = 300) @Schema(example = "Protecting our communities against Organised Crime Groups (including modern-day slavery)") String title,
            @Size(max = 20_000) @Schema(example = "Organised crime groups cost the UK billions of pounds a year") String whyImportant,
            @Size(max = 5_000) @Schema(example = "The partnership will protect our communities from serious organised crime groups") String objective,
            @Size(max = 20_000) @Schema(example = "Pursue, Prevent, Protect and Prepare") String focus,
            @Schema(description = "The group that leads the theme; required before adoption") UUID leadGroupId,
            @Size(max = 20) List<@NotNull UUID> supportingGroupIds,
            @Size(max = 20) @Schema(example = "[\"Tackle violence against women and girls\"]") List<@NotBlank @Size(max = 300) String> pccPriorities,
            @Size(max = 50) List<@Valid @NotNull Evidence> evidence,
            @Min(1) @Max(100) @Schema(description = "Order in the plan; appended when absent", example = "1") Integer position) {
    }

    /**
     * A set of ids in one order, the ids' text order: a set read from the database has none of its own, so it would be
     * written in a different order by each replica and after each restart.
     */
    public static Set<UUID> inOrder(Set<UUID> ids) {
        Set<UUID> ordered = new java.util.TreeSet<>(java.util.Comparator.comparing(UUID::toString));
        ordered.addAll(ids);
        return java.util.Collections.unmodifiableSet(ordered);
    }

    @Schema(name = "PriorityTheme", requiredProperties = {"id", "planId", "position", "title", "whyImportant", "objective", "focus", "leadGroupId", "supportingGroupIds", "pccPriorities", "evidence", "version"}, description = "A priority theme of a plan")
    public record ThemeView(UUID id, UUID planId, int position, String title, @Schema(nullable = true) String whyImportant,
            @Schema(nullable = true) String objective, @Schema(nullable = true) String focus, @Schema(nullable = true) UUID leadGroupId, Set<UUID> supportingGroupIds, List<String> pccPriorities, List<Evidence> evidence,
            long version) {
        public static ThemeView of(PriorityTheme t) {
            return new ThemeView(t.id, t.planId, t.position, t.title, t.whyImportant, t.objective, t.focus, t.leadGroupId,
                    inOrder(t.supportingGroupIds), List.copyOf(t.pccPriorities),
                    t.evidence.stream().map(PlanDtos::evidence).toList(), t.version);
        }
    }

    public static Evidence evidence(ThemeEvidence e) {
        return new Evidence(e.recommendationId, e.assessmentId, e.title);
    }

    @Schema(name = "PriorityProposal", requiredProperties = {"id", "assessmentId", "assessmentTitle", "areaCode", "recommendationId", "financialYear", "position", "title", "rationale", "evidenceSummary", "planId", "status", "themeId", "decidedBy", "decidedAt", "decisionNote", "receivedAt", "version"}, description = "A priority a published Strategic Assessment recommends, awaiting an officer")
    public record ProposalView(UUID id, UUID assessmentId, @Schema(nullable = true) String assessmentTitle, @Schema(nullable = true) String areaCode,
            UUID recommendationId, String financialYear, @Schema(nullable = true) Integer position, String title, String rationale,
            @Schema(nullable = true) String evidenceSummary, @Schema(nullable = true) UUID planId,
            ProposalStatus status, @Schema(nullable = true) UUID themeId, @Schema(nullable = true) String decidedBy, @Schema(nullable = true) Instant decidedAt,
            @Schema(nullable = true) String decisionNote, Instant receivedAt,
            long version) {
        public static ProposalView of(PriorityProposal p) {
            return new ProposalView(p.id, p.assessmentId, p.assessmentTitle, p.areaCode, p.recommendationId, p.financialYear,
                    p.position, p.title, p.rationale, p.evidenceSummary, p.planId, p.status, p.themeId, p.decidedBy,
                    p.decidedAt, p.decisionNote, p.receivedAt, p.version);
        }
    }

    @Schema(name = "AcceptProposal", description = "Accept a proposal as a new priority theme")
    public record AcceptProposal(
            @Schema(description = "The plan to add the theme to; defaults to the plan the proposal arrived on") UUID planId,
            UUID leadGroupId,
            @Size(max = 300) @Pattern(regexp = "\\s*\\S[\\s\\S]*", message = "must not be blank")
            @Schema(description = "Theme title; defaults to the proposal's title when absent") String title,
            @Size(max = 5_000) String objective,
            @Size(max = 20_000) String focus) {
    }

    @Schema(name = "MergeProposal", description = "Merge a proposal's evidence into an existing theme")
    public record MergeProposal(@NotNull UUID themeId, @Size(max = 2_000) String note) {
    }

    @Schema(name = "RejectProposal", description = "Reject a proposal, saying why")
    public record RejectProposal(@NotBlank @Size(max = 2_000) @Schema(example = "Covered by the cross-cutting ASB duty") String reason) {
    }
}
