package org.csp.grant.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** How delivery of a funded bid is going, as its applicant or an officer reported it. */
@Entity
@Table(name = "bid_progress_report")
public class ProgressReport extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "bid_id", nullable = false)
    public UUID bidId;
    @Column(name = "reported_on", nullable = false)
    public LocalDate reportedOn;
    @Column(nullable = false)
    public String summary;
    @Column(name = "outcomes_achieved")
    public String outcomesAchieved;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rag rag;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
