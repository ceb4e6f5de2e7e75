package org.csp.governance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.csp.platform.problem.ApiException;

/** One line of a meeting's attendance: a councillor present, sending apologies, substituting or visiting, or an officer. */
@Entity
@Table(name = "attendance")
public class Attendance extends PanacheEntityBase {
    @Id
    public UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    public Meeting meeting;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AttendanceKind kind;
    @Column(name = "councillor_id")
    public UUID councillorId;
    @Column(name = "officer_id")
    public UUID officerId;
    @Column(name = "substitute_for_id")
    public UUID substituteForId;
    @Column(nullable = false)
    public int position;
}
