package org.csp.governance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.csp.platform.problem.ApiException;

/** A statutory or funding duty with a due date, and the agenda item drafted to meet it. */
@Entity
@Table(name = "obligation")
public class Obligation extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String code;
    @Column(nullable = false)
    public String description;
    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;
    @Column(name = "source_type", nullable = false)
    public String sourceType;
    @Column(name = "source_id", nullable = false)
    public UUID sourceId;
    @Column(name = "body_id")
    public UUID bodyId;
    @Column(name = "agenda_item_id")
    public UUID agendaItemId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ObligationStatus status;
    @Column(name = "completed_at")
    public Instant completedAt;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Version
    public long version;

    /** The code of Council's duty to adopt a plan recommended by committee; every other obligation goes to the crime and disorder committee. */
    public static final String PLAN_ADOPTION = "plan-adoption-by-council";

    /** Whether a meeting of this body can meet the obligation: full Council adopts a plan, the crime and disorder committee the rest. */
    public boolean isForBody(Body body) {
        return PLAN_ADOPTION.equals(code) ? body.kind == BodyKind.COUNCIL : body.crimeAndDisorderCommittee;
    }

    /**
     * Whether a meeting on this day is in the obligation's window: on or before the due date, and no more than the agenda window
     * before it. A meeting moved out of it no longer meets the obligation.
     */
    public boolean isInWindow(LocalDate meetingDate, java.time.Duration agendaWindow) {
        return !meetingDate.isAfter(dueDate) && !meetingDate.isBefore(dueDate.minusDays(agendaWindow.toDays()));
    }

    /** Its meeting was cancelled or moved out of its window: the obligation is on no agenda again, and open, until another meeting takes it. */
    public void unschedule() {
        if (status != ObligationStatus.SCHEDULED) {
            throw new IllegalStateException("obligation " + id + " is " + status + ", not SCHEDULED");
        }
        status = ObligationStatus.OPEN;
        agendaItemId = null;
        bodyId = null;
    }

    public boolean isOverdueOn(LocalDate day) {
        return status != ObligationStatus.DONE && dueDate.isBefore(day);
    }

    public void complete(Instant at) {
        if (status == ObligationStatus.DONE) {
            throw ApiException.conflict("obligation-done", "obligation " + id + " was already met");
        }
        status = ObligationStatus.DONE;
        completedAt = at;
    }

    public static Obligation require(UUID id) {
        Obligation o = findById(id);
        if (o == null) {
            throw ApiException.notFound("obligation", id);
        }
        return o;
    }
}
