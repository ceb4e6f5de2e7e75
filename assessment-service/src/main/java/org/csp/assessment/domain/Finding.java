package org.csp.assessment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Evidence other than counts: a residents' survey result or a location finding, with its source and date. */
@Entity
@Table(name = "finding")
public class Finding extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "area_code", nullable = false)
    public String areaCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FindingKind kind;
    @Column(nullable = false)
    public String title;
    @Column(nullable = false)
    public String summary;
    @Column(nullable = false)
    public String source;
    @Column(name = "observed_on", nullable = false)
    public LocalDate observedOn;
    @Column(name = "location_name")
    public String locationName;
    public Double latitude;
    public Double longitude;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "finding_measure", joinColumns = @JoinColumn(name = "finding_id"))
    @OrderColumn(name = "position")
    public List<Measure> measures = new ArrayList<>();
}
