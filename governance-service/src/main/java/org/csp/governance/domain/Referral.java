package org.csp.governance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.csp.platform.problem.ApiException;

/** A valid Decision Referral Form: the decision goes to the named body instead of taking effect. */
@Entity
@Table(name = "referral")
public class Referral extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "decision_id", nullable = false)
    public UUID decisionId;
    @Column(nullable = false)
    public String reasons;
    @Column(name = "referred_to", nullable = false)
    public String referredTo;
    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;
    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "referral_signature", joinColumns = @JoinColumn(name = "referral_id"))
    @Column(name = "councillor_id")
    public List<UUID> signatures = new ArrayList<>();
}
