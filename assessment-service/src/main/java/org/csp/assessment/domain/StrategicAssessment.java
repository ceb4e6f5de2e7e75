package org.csp.assessment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.csp.platform.problem.ApiException;

/** The yearly Strategic Assessment of one area, and the priorities it recommends. */
@Entity
@Table(name = "strategic_assessment")
public class StrategicAssessment extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "area_code", nullable = false)
    public String areaCode;
    @Column(name = "financial_year", nullable = false)
    public String financialYear;
    @Column(nullable = false)
    public String title;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssessmentStatus status;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "endorsed_at")
    public Instant endorsedAt;
    @Column(name = "endorsed_by_decision")
    public UUID endorsedByDecision;
    @Version
    public long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pending_data_note", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    public List<String> pendingData = new ArrayList<>();
    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<RecommendedPriority> priorities = new ArrayList<>();

    /** Only a DRAFT can be changed: a published assessment is the record of what was recommended. */
    public void requireDraft() {
        if (status != AssessmentStatus.DRAFT) {
            throw ApiException.conflict("assessment-not-draft",
                    "assessment " + id + " is " + status + "; only a DRAFT assessment can be changed");
        }
    }

    /**
     * Endorsement by a governance decision that took effect: only a PUBLISHED assessment can be endorsed.
     * @return false when it was already endorsed by this decision (a repeated event changes nothing)
     */
    public boolean endorse(UUID decisionId, Instant at) {
        if (status == AssessmentStatus.ENDORSED) {
            if (decisionId.equals(endorsedByDecision)) {
                return false;
            }
            throw ApiException.conflict("assessment-already-endorsed",
                    "assessment " + id + " was already endorsed by decision " + endorsedByDecision);
        }
        if (status != AssessmentStatus.PUBLISHED) {
            throw ApiException.conflict("assessment-not-published",
                    "assessment " + id + " is " + status + "; only a PUBLISHED assessment can be endorsed");
        }
        status = AssessmentStatus.ENDORSED;
        endorsedAt = at;
        endorsedByDecision = decisionId;
        return true;
    }

    /** Publishing needs at least one recommended priority and is allowed once, from DRAFT. */
    public void publish(Instant at) {
        if (status != AssessmentStatus.DRAFT) {
            throw ApiException.conflict("assessment-not-draft",
                    "assessment " + id + " is " + status + "; only a DRAFT assessment can be published");
        }
        if (priorities.isEmpty()) {
            throw ApiException.rule("assessment-without-priorities",
                    "assessment " + id + " recommends no priorities; add at least one before publishing");
        }
        status = AssessmentStatus.PUBLISHED;
        publishedAt = at;
    }
}
