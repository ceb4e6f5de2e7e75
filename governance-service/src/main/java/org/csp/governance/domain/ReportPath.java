package org.csp.governance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.csp.platform.problem.ApiException;

/** A report's path across meetings (committee recommends, Council decides) and its final decision-maker. */
@Entity
@Table(name = "report_path")
public class ReportPath extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String title;
    @Column(name = "subject_type", nullable = false)
    public String subjectType;
    @Column(name = "subject_id")
    public UUID subjectId;
    @Column(name = "final_decision_maker_id", nullable = false)
    public UUID finalDecisionMakerId;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Version
    public long version;
    @OneToMany(mappedBy = "path", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    public List<ReportStep> steps = new ArrayList<>();

    public static ReportPath require(UUID id) {
        ReportPath p = findById(id);
        if (p == null) {
            throw ApiException.notFound("report path", id);
        }
        return p;
    }
}
