package org.csp.assessment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.csp.platform.problem.ApiException;

/** A priority the service proposes from a significant rise, for an officer to accept (as is or edited) or drop. */
@Entity
@Table(name = "candidate_priority")
public class CandidatePriority extends PanacheEntityBase {
    public enum Status { PROPOSED, ACCEPTED, DROPPED }

    @Id
    public UUID id;
    @Column(name = "assessment_id", nullable = false)
    public UUID assessmentId;
    @Column(name = "category_code", nullable = false)
    public String categoryCode;
    @Column(nullable = false)
    public String title;
    @Column(nullable = false)
    public String rationale;
    @Column(name = "trend_id", nullable = false)
    public UUID trendId;
    @Column(name = "trend_summary", nullable = false)
    public String trendSummary;
    @Column(name = "change_percent")
    public BigDecimal changePercent;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    @Column(name = "priority_id")
    public UUID priorityId;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /**
     * An accepted candidate follows its assessment's priorities when an edit replaces them: it stays accepted, linked to
     * the priority it was accepted into while that one is still there (an edit keeps a priority's id) and cites its trend,
     * else to the first priority that does; when none does (the edit removed it) it is undecided again (PROPOSED), so the
     * officer accepts or drops it anew instead of it claiming a priority that is gone.
     * @return true when it became PROPOSED again
     */
    public boolean followPriorities(List<RecommendedPriority> priorities) {
        if (status != Status.ACCEPTED) {
            return false;
        }
        Optional<RecommendedPriority> citing = priorities.stream().filter(p -> p.id.equals(priorityId) && p.citesTrend(trendId))
                .findFirst().or(() -> priorities.stream().filter(p -> p.citesTrend(trendId)).findFirst());
        if (citing.isPresent()) {
            priorityId = citing.get().id;
            return false;
        }
        status = Status.PROPOSED;
        priorityId = null;
        return true;
    }

    /** A candidate is decided once: accepted or dropped. */
    public void requireProposed() {
        if (status != Status.PROPOSED) {
            throw ApiException.conflict("candidate-decided", "candidate " + id + " is already " + status);
        }
    }
}
