package org.csp.assessment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A named source of figures (kent-police, cgl, ...), owned by the agency that first imported it. */
@Entity
@Table(name = "statistics_source")
public class StatisticsSource extends PanacheEntityBase {
    @Id
    public String code;
    public String agency;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
