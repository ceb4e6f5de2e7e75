package org.csp.plan.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A dated progress note on an action, with the status change it made, if any. */
@Entity
@Table(name = "action_progress_note")
public class ActionProgressNote extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "action_id", nullable = false)
    public UUID actionId;
    @Column(nullable = false)
    public String note;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ActionStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public ActionStatus toStatus;
    @Column(nullable = false)
    public String author;
    public String agency;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
