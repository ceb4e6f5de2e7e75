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

import java.util.HashSet;
import java.util.Set;

/** A meeting of a body: when and where, its status, attendance and the state of its minutes. */
@Entity
@Table(name = "meeting")
public class Meeting extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "body_id", nullable = false)
    public UUID bodyId;
    @Column(name = "meeting_date", nullable = false)
    public LocalDate date;
    @Column(name = "start_time", nullable = false)
    public LocalTime startTime;
    @Column(name = "end_time")
    public LocalTime endTime;
    @Column(nullable = false)
    public String location;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeetingStatus status;
    @Column(name = "municipal_year", nullable = false)
    public String municipalYear;
    @Column(name = "chair_id")
    public UUID chairId;
    @Column(name = "agenda_published_on")
    public LocalDate agendaPublishedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "minutes_status", nullable = false)
    public MinutesStatus minutesStatus;
    @Column(name = "minutes_published_on")
    public LocalDate minutesPublishedOn;
    @Column(name = "minutes_approved_at_meeting_id")
    public UUID minutesApprovedAtMeetingId;
    @Column(name = "cancellation_reason")
    public String cancellationReason;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Version
    public long version;
    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    public List<Attendance> attendance = new ArrayList<>();

    /** A meeting cannot end before (or when) it starts. */
    public static void checkTimes(LocalTime start, LocalTime end) {
        if (end != null && !end.isAfter(start)) {
            throw ApiException.rule("end-before-start", "the meeting ends at " + end + ", which is not after its start at " + start)
                    .with("startTime", start.toString()).with("endTime", end.toString());
        }
    }

    /** Approved minutes are the signed record: nothing in them may change. */
    public void requireMinutesEditable() {
        if (minutesStatus == MinutesStatus.APPROVED) {
            throw ApiException.conflict("minutes-approved", "the minutes of the meeting of " + date
                    + " were approved as a correct record and can no longer be edited");
        }
    }

    public void requireHeld(String what) {
        if (status != MeetingStatus.HELD) {
            throw ApiException.conflict("meeting-not-held", "the meeting of " + date + " is " + status
                    + "; " + what + " can only be recorded for a HELD meeting");
        }
    }

    /**
     * SCHEDULED may become HELD or CANCELLED; HELD and CANCELLED are final. Only a cancelled meeting has a cancellation
     * reason: one sent with another status is refused rather than dropped, and a cancelled meeting's reason may be
     * corrected (left out, it stays).
     */
    public void changeStatus(MeetingStatus to, String reason) {
        boolean reasonGiven = reason != null && !reason.isBlank();
        if (to != MeetingStatus.CANCELLED && reasonGiven) {
            throw ApiException.invalidField("cancellationReason", "only a CANCELLED meeting has a cancellation reason");
        }
        if (to == status) {
            if (reasonGiven) {
                cancellationReason = reason;
            }
            return;
        }
        if (status != MeetingStatus.SCHEDULED) {
            throw ApiException.conflict("meeting-status", "a " + status + " meeting cannot become " + to);
        }
        if (to == MeetingStatus.CANCELLED && (reason == null || reason.isBlank())) {
            throw ApiException.invalidField("cancellationReason", "say why the meeting was cancelled");
        }
        status = to;
        cancellationReason = to == MeetingStatus.CANCELLED ? reason : null;
    }

    /**
     * Minutes are approved at a later, held meeting of the same body: one still SCHEDULED has not approved
     * anything yet (and could still be cancelled), one CANCELLED never will. Approved minutes are public (they were before
     * the approving meeting), so minutes not yet published count as published the day the approval is recorded: referral
     * windows counted from publication open then, instead of waiting for a publication that approved minutes no longer allow.
     *
     * @return whether the approval published them
     */
    public boolean approveMinutesAt(Meeting later, LocalDate today) {
        requireMinutesEditable();
        requireHeld("minutes");
        if (!later.bodyId.equals(bodyId) || !later.date.isAfter(date)) {
            throw ApiException.rule("minutes-approval-meeting", "minutes are approved at a later meeting of the same body; "
                    + "the meeting of " + later.date + " is not one");
        }
        if (later.status != MeetingStatus.HELD) {
            throw ApiException.rule("minutes-approval-meeting", "minutes are approved at a held meeting; the meeting of " + later.date
                    + " is " + later.status).with("approvedAtMeetingStatus", later.status.name());
        }
        minutesStatus = MinutesStatus.APPROVED;
        minutesApprovedAtMeetingId = later.id;
        if (minutesPublishedOn == null) {
            minutesPublishedOn = today;
            return true;
        }
        return false;
    }

    /** Councillors who may vote: members present and substitutes. */
    public Set<UUID> votingMembers() {
        Set<UUID> ids = new HashSet<>();
        for (Attendance a : attendance) {
            if (a.kind == AttendanceKind.PRESENT || a.kind == AttendanceKind.SUBSTITUTE) {
                ids.add(a.councillorId);
            }
        }
        return ids;
    }

    public static Meeting require(UUID id) {
        Meeting m = findById(id);
        if (m == null) {
            throw ApiException.notFound("meeting", id);
        }
        return m;
    }
}
