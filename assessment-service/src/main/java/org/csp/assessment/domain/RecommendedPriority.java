package org.csp.assessment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** A priority theme the assessment recommends, with the reason for it. */
@Entity
@Table(name = "recommended_priority")
public class RecommendedPriority extends PanacheEntityBase {
    @Id
    public UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "assessment_id")
    public StrategicAssessment assessment;
    @Column(nullable = false)
    public int position;
    @Column(nullable = false)
    public String title;
    @Column(nullable = false)
    public String rationale;
}
