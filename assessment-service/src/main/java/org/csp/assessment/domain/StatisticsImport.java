package org.csp.assessment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The record of one bulk import: who sent what, what was applied and which rows were rejected, and why. */
@Entity
@Table(name = "statistics_import")
public class StatisticsImport extends PanacheEntityBase {
    public enum Format { JSON, STREET_LEVEL_CSV }

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Format format;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportMode mode;
    @Column(name = "area_code", nullable = false)
    public String areaCode;
    @Column(name = "source_code", nullable = false)
    public String sourceCode;
    @Column(nullable = false)
    public String vintage;
    public String agency;
    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;
    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;
    @Column(name = "rows_read", nullable = false)
    public int rowsRead;
    @Column(name = "rows_applied", nullable = false)
    public int rowsApplied;
    @Column(name = "rows_unchanged", nullable = false)
    public int rowsUnchanged;
    @Column(name = "rows_rejected", nullable = false)
    public int rowsRejected;
    /** The rejected rows as JSON: [{"line": 3, "field": "month", "reason": "..."}]. */
    @Column(nullable = false)
    public String rejections;
}
