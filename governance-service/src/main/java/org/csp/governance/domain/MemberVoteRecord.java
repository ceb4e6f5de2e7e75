package org.csp.governance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.csp.platform.problem.ApiException;

/** How one member voted on a decision, when the vote was recorded per member. */
@Entity
@Table(name = "member_vote")
public class MemberVoteRecord extends PanacheEntityBase {
    @Id
    public UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "decision_id")
    public Decision decision;
    @Column(name = "councillor_id", nullable = false)
    public UUID councillorId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Vote vote;
}
