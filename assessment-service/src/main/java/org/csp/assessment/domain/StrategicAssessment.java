package org.csp.assessment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
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
    @Version
    public long version;
    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<RecommendedPriority> priorities = new ArrayList<>();

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
