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

/** A priority recommended by a Strategic Assessment, proposed for the draft plan with its evidence. */
@Entity
@Table(name = "priority_proposal")
public class PriorityProposal extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "assessment_id", nullable = false)
    public UUID assessmentId;
    @Column(name = "recommendation_id", nullable = false)
    public UUID recommendationId;
    @Column(name = "financial_year", nullable = false)
    public String financialYear;
    @Column(nullable = false)
    public String title;
    @Column(nullable = false)
    public String rationale;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProposalStatus status;
    @Column(name = "source_event_id", nullable = false)
    public String sourceEventId;
    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
    @Version
    public long version;
}
