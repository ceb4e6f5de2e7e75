package org.csp.governance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.csp.platform.problem.ApiException;

/** One meeting on a report's path and what it does with the report. */
@Entity
@Table(name = "report_step")
public class ReportStep extends PanacheEntityBase {
    @Id
    public UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "path_id")
    public ReportPath path;
    @Column(nullable = false)
    public int position;
    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StepPurpose purpose;
}
