package org.csp.grant.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Money paid to the applicant of an approved bid. */
@Entity
@Table(name = "bid_payment")
public class BidPayment extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "bid_id", nullable = false)
    public UUID bidId;
    @Column(name = "amount_pence", nullable = false)
    public long amountPence;
    @Column(name = "paid_on", nullable = false)
    public LocalDate paidOn;
    @Column(nullable = false)
    public String reference;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
