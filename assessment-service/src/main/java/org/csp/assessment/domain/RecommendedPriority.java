package org.csp.assessment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** A priority theme the assessment recommends, with the reason for it and the evidence behind it. */
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
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "priority_category", joinColumns = @JoinColumn(name = "priority_id"))
    @Column(name = "category_code")
    public Set<String> categoryCodes = new TreeSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "priority_evidence", joinColumns = @JoinColumn(name = "priority_id"))
    @OrderColumn(name = "position")
    public List<Evidence> evidence = new ArrayList<>();

    /** Whether this priority cites the trend as its evidence. */
    public boolean citesTrend(UUID trendId) {
        return evidence.stream().anyMatch(e -> e.kind == EvidenceKind.TREND && e.refId.equals(trendId));
    }
}
