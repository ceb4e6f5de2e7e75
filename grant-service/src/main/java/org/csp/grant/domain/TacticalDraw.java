package org.csp.grant.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Money taken from an award's tactical pot for an initiative that arose during the year. */
@Entity
@Table(name = "tactical_draw")
public class TacticalDraw extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "award_id", nullable = false)
    public UUID awardId;
    @Column(name = "amount_pence", nullable = false)
    public long amountPence;
    @Column(nullable = false)
    public String reason;
    @Column(name = "approved_by", nullable = false)
    public String approvedBy;
    @Column(name = "drawn_at", nullable = false)
    public Instant drawnAt;
    @Column(name = "drawn_by", nullable = false)
    public String drawnBy;
}
