package org.csp.plan.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The value of an indicator for one of its periods. */
@Entity
@Table(name = "indicator_value")
public class IndicatorValue extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "indicator_id", nullable = false)
    public UUID indicatorId;
    @Column(nullable = false)
    public String period;
    @Column(nullable = false)
    public BigDecimal value;
    public String note;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
