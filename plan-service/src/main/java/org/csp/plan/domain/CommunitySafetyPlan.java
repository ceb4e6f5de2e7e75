package org.csp.plan.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.csp.platform.problem.ApiException;

/** A Community Safety Plan for a period, and the lifecycle rules that only governance decisions move. */
@Entity
@Table(name = "community_safety_plan")
public class CommunitySafetyPlan extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "area_code", nullable = false)
    public String areaCode;
    @Column(nullable = false)
    public String title;
    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;
    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;
    @Column(name = "replaces_plan_id")
    public UUID replacesPlanId;
    @Column(name = "superseded_by_plan_id")
    public UUID supersededByPlanId;
    public String foreword;
    @Column(name = "recommended_decision_id")
    public UUID recommendedDecisionId;
    @Column(name = "recommended_on")
    public LocalDate recommendedOn;
    @Column(name = "adopted_decision_id")
    public UUID adoptedDecisionId;
    @Column(name = "adopted_on")
    public LocalDate adoptedOn;
    @Column(name = "superseded_on")
    public LocalDate supersededOn;
    @Column(name = "refresh_required", nullable = false)
    public boolean refreshRequired;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_refresh_reason", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    @Column(name = "reason")
    public List<String> refreshReasons = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_cross_cutting_theme", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    public List<CrossCuttingTheme> crossCuttingThemes = new ArrayList<>();
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Version
    public long version;

    public static CommunitySafetyPlan require(UUID id) {
        CommunitySafetyPlan plan = id == null ? null : findById(id);
        if (plan == null) {
            throw ApiException.notFound("plan", id);
        }
        return plan;
    }

    /** Rule: a plan's period ends after it starts. */
    public static void requirePeriodInOrder(LocalDate start, LocalDate end) {
        if (!end.isAfter(start)) {
            throw ApiException.invalidField("periodEnd", "must be after periodStart " + start);
        }
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(periodStart) && !date.isAfter(periodEnd);
    }

    /**
     * Rule: an area has at most one adopted plan on any date. A plan may overlap only the adopted plan it replaces,
     * which its adoption supersedes; an adopted plan replaces nothing still adopted, so then no overlap is allowed.
     */
    public void requireNoOtherAdoptedPlanOverlapping() {
        // Adoptions in one area take turns: two at once (replicas consume different partitions) would not see each other.
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('adopted-plans:' || ?1))")
                .setParameter(1, areaCode).getSingleResult();
        UUID replaced = status == PlanStatus.ADOPTED ? null : replacesPlanId;
        List<UUID> overlapping = CommunitySafetyPlan.<CommunitySafetyPlan>list("areaCode = ?1 and status = ?2 and id <> ?3"
                        + " and periodStart <= ?4 and periodEnd >= ?5 order by periodStart, id",
                        areaCode, PlanStatus.ADOPTED, id, periodEnd, periodStart)
                .stream().map(p -> p.id).filter(p -> !p.equals(replaced)).toList();
        if (!overlapping.isEmpty()) {
            throw ApiException.rule("overlaps-adopted-plan", "plan " + id + " (" + periodStart + " to " + periodEnd
                    + ") overlaps the ADOPTED plan(s) " + overlapping + " of area " + areaCode + "; an area has one adopted"
                    + " plan at a time: name the plan it replaces in replacesPlanId or change its period")
                    .with("field", "periodStart").with("adoptedPlanIds", overlapping);
        }
    }

    /**
     * Rule: a plan's priorities change only while it is a DRAFT, or while an ADOPTED plan is being refreshed.
     * A recommended plan waits for Council; a superseded plan is history.
     */
    public void requirePrioritiesEditable() {
        switch (status) {
            case DRAFT -> {
            }
            case ADOPTED -> {
                if (!refreshRequired) {
                    throw ApiException.conflict("adopted-plan-needs-refresh", "plan " + id + " is ADOPTED; its priorities"
                            + " can change only during a refresh (open one with POST /api/v1/plans/" + id + "/refresh)")
                            .with("planStatus", status);
                }
            }
            case RECOMMENDED -> throw ApiException.conflict("plan-awaiting-adoption", "plan " + id
                    + " was RECOMMENDED by committee for adoption; its priorities cannot change before Council decides"
                    + " (only a theme's lead and supporting groups may)")
                    .with("planStatus", status);
            case SUPERSEDED -> throw ApiException.conflict("plan-superseded", "plan " + id
                    + " is SUPERSEDED; change the plan that replaced it").with("planStatus", status);
        }
    }

    /**
     * Rule: RECOMMEND applies to a DRAFT plan that has at least one priority theme and overlaps no adopted plan of its
     * area other than the one it replaces (it could never be adopted).
     */
    public void recommend(UUID decisionId, LocalDate on, long themeCount) {
        if (status != PlanStatus.DRAFT) {
            throw ApiException.conflict("plan-not-draft", "plan " + id + " is " + status
                    + "; a RECOMMEND decision applies to a DRAFT plan");
        }
        if (themeCount == 0) {
            throw ApiException.rule("plan-without-priorities", "plan " + id + " has no priority themes to recommend");
        }
        requireNoOtherAdoptedPlanOverlapping();
        status = PlanStatus.RECOMMENDED;
        recommendedDecisionId = decisionId;
        recommendedOn = on;
    }

    /**
     * Rule: ADOPT applies to a RECOMMENDED plan whose every priority theme has a lead group and that overlaps no adopted
     * plan of its area other than the one it replaces.
     */
    public void adopt(UUID decisionId, LocalDate on, List<PriorityTheme> themes) {
        if (status != PlanStatus.RECOMMENDED) {
            throw ApiException.conflict("plan-not-recommended", "plan " + id + " is " + status
                    + "; an ADOPT decision applies to a plan the committee has RECOMMENDED");
        }
        List<String> leaderless = themes.stream().filter(t -> t.leadGroupId == null).map(t -> t.title).toList();
        if (!leaderless.isEmpty()) {
            throw ApiException.rule("theme-without-lead-group", "plan " + id + " cannot be adopted: priority theme(s) "
                    + leaderless + " have no lead group").with("themesWithoutLead", leaderless);
        }
        requireNoOtherAdoptedPlanOverlapping();
        status = PlanStatus.ADOPTED;
        adoptedDecisionId = decisionId;
        adoptedOn = on;
    }

    /** Whether this decision already moved the plan: the same decision delivered again (under a new event id) is a no-op. */
    public boolean wasMovedBy(UUID decisionId) {
        return decisionId.equals(recommendedDecisionId) || decisionId.equals(adoptedDecisionId);
    }

    /** The adopted plan this one replaces becomes history when this one is adopted. */
    public void supersede(UUID by, LocalDate on) {
        status = PlanStatus.SUPERSEDED;
        supersededByPlanId = by;
        supersededOn = on;
        refreshRequired = false;
    }

    /** Seed 1.4: a later assessment recommends a priority this adopted plan lacks. */
    public void flagForRefresh(String reason) {
        refreshRequired = true;
        if (!refreshReasons.contains(reason)) {
            refreshReasons.add(reason);
        }
    }

    public void closeRefresh() {
        refreshRequired = false;
        refreshReasons.clear();
    }
}
