package org.csp.plan.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.csp.platform.problem.ApiException;

/** A priority recommended by a Strategic Assessment, proposed for the draft plan with its evidence. */
@Entity
@Table(name = "priority_proposal")
public class PriorityProposal extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "assessment_id", nullable = false)
    public UUID assessmentId;
    @Column(name = "assessment_title")
    public String assessmentTitle;
    @Column(name = "area_code")
    public String areaCode;
    @Column(name = "recommendation_id", nullable = false)
    public UUID recommendationId;
    @Column(name = "financial_year", nullable = false)
    public String financialYear;
    public Integer position;
    @Column(nullable = false)
    public String title;
    @Column(nullable = false)
    public String rationale;
    @Column(name = "evidence_summary")
    public String evidenceSummary;
    @Column(name = "plan_id")
    public UUID planId;
    @Column(name = "theme_id")
    public UUID themeId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProposalStatus status;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "decision_note")
    public String decisionNote;
    @Column(name = "source_event_id", nullable = false)
    public String sourceEventId;
    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
    @Version
    public long version;

    public static PriorityProposal require(UUID id) {
        PriorityProposal proposal = id == null ? null : findById(id);
        if (proposal == null) {
            throw ApiException.notFound("proposal", id);
        }
        return proposal;
    }

    /** Whether the assessment's priorities were already received (its proposals stand, whatever was decided since). */
    public static boolean receivedFrom(UUID assessmentId) {
        return count("assessmentId", assessmentId) > 0;
    }

    /**
     * The newest financial year's proposal of the area, or null: the area's current assessment is the one it came from.
     * The area's assessments are taken one at a time (a transaction-scoped advisory lock): they are keyed by assessment,
     * so two can arrive at once on different partitions.
     */
    public static PriorityProposal newestOfArea(String areaCode) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('assessments:' || ?1))")
                .setParameter(1, areaCode).getSingleResult();
        return PriorityProposal.<PriorityProposal>find("areaCode = ?1 order by financialYear desc, receivedAt desc", areaCode)
                .firstResult();
    }

    /** Rule: a proposal becomes a priority only of a plan of the area whose assessment recommended it. */
    public void requireSameArea(CommunitySafetyPlan plan, String field) {
        // An assessment-published without an areaCode left the proposal no area to compare with.
        if (areaCode != null && !areaCode.isBlank() && !areaCode.equals(plan.areaCode)) {
            throw ApiException.rule("proposal-from-another-area", "proposal " + id + " was recommended for area " + areaCode
                    + ", but plan " + plan.id + " is the plan of area " + plan.areaCode).with("field", field)
                    .with("proposalAreaCode", areaCode).with("planAreaCode", plan.areaCode);
        }
    }

    /** Rule: each proposal is decided once. */
    public void decide(ProposalStatus outcome, UUID theme, String by, Instant at, String note) {
        if (status != ProposalStatus.PENDING) {
            throw ApiException.conflict("proposal-already-decided", "proposal " + id + " was already " + status);
        }
        status = outcome;
        themeId = theme;
        decidedBy = by;
        decidedAt = at;
        decisionNote = note;
    }
}
