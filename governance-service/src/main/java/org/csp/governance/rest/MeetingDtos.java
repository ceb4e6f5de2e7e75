package org.csp.governance.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.csp.governance.domain.AgendaItem;
import org.csp.governance.domain.Attendance;
import org.csp.governance.domain.AttendanceKind;
import org.csp.governance.domain.Body;
import org.csp.governance.domain.Councillor;
import org.csp.governance.domain.Decision;
import org.csp.governance.domain.ItemKind;
import org.csp.governance.domain.KnownSubject;
import org.csp.governance.domain.Meeting;
import org.csp.governance.domain.MeetingStatus;
import org.csp.governance.domain.MinutesStatus;
import org.csp.governance.domain.Officer;
import org.csp.governance.domain.SubjectTypes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes for meetings, attendance, minutes and items. */
public final class MeetingDtos {
    private MeetingDtos() {
    }

    @Schema(name = "CreateMeeting", description = "A SCHEDULED meeting of a body")
    public record CreateMeeting(
            @NotNull @Schema(example = "5b0f7c1e-6a53-4a53-9a1c-2f0e7e1b9d01") UUID bodyId,
            @NotNull @Schema(example = "2019-02-12") LocalDate date,
            @NotNull @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "18:30") LocalTime startTime,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "19:30") LocalTime endTime,
            @NotBlank @Size(max = 300) @Schema(example = "Town Hall, High Street, Maidstone") String location,
            @Schema(example = "2019-02-04") LocalDate agendaPublishedOn) {
    }

    @Schema(name = "UpdateMeeting", description = "The whole meeting record: when, where and its status")
    public record UpdateMeeting(
            @NotNull @Schema(example = "2019-02-12") LocalDate date,
            @NotNull @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "18:30") LocalTime startTime,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "19:30") LocalTime endTime,
            @NotBlank @Size(max = 300) @Schema(example = "Town Hall, High Street, Maidstone") String location,
            @NotNull @Schema(example = "HELD") MeetingStatus status,
            @Size(max = 1000) @Schema(description = "Required when the meeting becomes CANCELLED, and a 400 with any other status; on a cancelled meeting it corrects the reason (left out, the reason stays)", example = "Not quorate") String cancellationReason,
            @Schema(example = "2019-02-04") LocalDate agendaPublishedOn) {
    }

    @Schema(name = "Meeting", requiredProperties = {"id", "bodyId", "bodyName", "bodyActingAs", "date", "startTime", "endTime", "location", "status", "cancellationReason", "municipalYear", "chairId", "agendaPublishedOn", "minutesStatus", "minutesPublishedOn", "minutesApprovedAtMeetingId", "attendance", "version"})
    public record MeetingView(UUID id, UUID bodyId, String bodyName, @Schema(nullable = true) String bodyActingAs, LocalDate date,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "18:30") LocalTime startTime,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "19:30", nullable = true) LocalTime endTime,
            String location, MeetingStatus status, @Schema(nullable = true) String cancellationReason, String municipalYear,
            @Schema(nullable = true) UUID chairId, @Schema(nullable = true) LocalDate agendaPublishedOn, MinutesStatus minutesStatus,
            @Schema(nullable = true) LocalDate minutesPublishedOn, @Schema(nullable = true) UUID minutesApprovedAtMeetingId, List<AttendanceView> attendance, long version) {
        public static MeetingView of(Meeting m) {
            Body body = Body.findById(m.bodyId);
            return new MeetingView(m.id, m.bodyId, body.name, body.actingAs, m.date, m.startTime, m.endTime, m.location,
                    m.status, m.cancellationReason, m.municipalYear, m.chairId, m.agendaPublishedOn, m.minutesStatus,
                    m.minutesPublishedOn, m.minutesApprovedAtMeetingId,
                    m.attendance.stream().map(AttendanceView::of).toList(), m.version);
        }
    }

    @Schema(name = "AttendanceEntry", description = "A councillor present, sending apologies, substituting (for a member who sent apologies) or visiting, or an officer")
    public record AttendanceEntry(
            @NotNull @Schema(example = "SUBSTITUTE") AttendanceKind kind,
            @Schema(description = "For every kind except OFFICER") UUID councillorId,
            @Schema(description = "For OFFICER") UUID officerId,
            @Schema(description = "For SUBSTITUTE: the member who sent apologies") UUID substituteForId) {
    }

    @Schema(name = "RecordAttendance", description = "Who attended a HELD meeting, and who chaired it; replaces what was recorded")
    public record RecordAttendance(
            @Schema(description = "The chair: a member present") UUID chairId,
            @NotNull @Size(max = 200) List<@Valid @NotNull AttendanceEntry> entries) {
    }

    @Schema(name = "Attendance", requiredProperties = {"kind", "councillorId", "officerId", "name", "substituteForId"})
    public record AttendanceView(AttendanceKind kind, @Schema(nullable = true) UUID councillorId, @Schema(nullable = true) UUID officerId,
            @Schema(nullable = true) String name, @Schema(nullable = true) UUID substituteForId) {
        static AttendanceView of(Attendance a) {
            String name = null;
            if (a.councillorId != null) {
                Councillor c = Councillor.findById(a.councillorId);
                name = c == null ? null : c.name;
            } else if (a.officerId != null) {
                Officer o = Officer.findById(a.officerId);
                name = o == null ? null : o.name + ", " + o.jobTitle;
            }
            return new AttendanceView(a.kind, a.councillorId, a.officerId, name, a.substituteForId);
        }
    }

    @Schema(name = "ApproveMinutes", description = "The later meeting of the same body at which the minutes were approved as a correct record")
    public record ApproveMinutes(@NotNull UUID approvedAtMeetingId) {
    }

    @Schema(name = "SubjectRef", description = "What an item or decision is about")
    public record SubjectRef(
            @NotBlank @Pattern(regexp = SubjectTypes.PATTERN, message = "must be one of " + SubjectTypes.PATTERN)
            @Schema(enumeration = {"strategic-assessment", "community-safety-plan", "grant-bid", "grant-award", "other"}, example = "strategic-assessment") String type,
            @Schema(description = "Required unless type is other") UUID id) {
    }

    @Schema(name = "Interest", description = "A member's declared interest in an item: they do not vote on it")
    public record InterestEntry(@NotNull UUID councillorId,
            @NotBlank @Size(max = 1000) @Schema(example = "Disclosable pecuniary interest: employed by the applicant") String nature) {
    }

    @Schema(name = "ItemRequest", description = "An agenda item: a standard item or a substantive one with its discussion notes")
    public record ItemRequest(
            @NotNull @Schema(example = "SUBSTANTIVE") ItemKind kind,
            @NotBlank @Size(max = 300) @Schema(example = "2019-20 Strategic Assessment") String title,
            @Size(max = 50_000) @Schema(example = "Mr Matt Roberts addressed the Committee ...") String notes,
            @Min(1) @Max(100_000) @Schema(description = "Minute number; by default the next in the body's municipal year", example = "148") Integer minuteNumber,
            @Schema(description = "An urgent item (its decisions may be exempt from referral)") boolean urgent,
            @Valid SubjectRef subject,
            @Size(max = 50) List<@Valid @NotNull InterestEntry> interests) {
    }

    @Schema(name = "Item", requiredProperties = {"id", "meetingId", "municipalYear", "minuteNumber", "kind", "title", "notes", "urgent", "draftedFromObligation", "subject", "interests", "decisionId", "version"})
    public record ItemView(UUID id, UUID meetingId, String municipalYear, int minuteNumber, ItemKind kind, String title,
            @Schema(nullable = true) String notes, boolean urgent, boolean draftedFromObligation, @Schema(nullable = true) SubjectView subject,
            List<InterestView> interests, @Schema(nullable = true) UUID decisionId, long version) {
        public static ItemView of(AgendaItem i) {
            Decision d = Decision.find("itemId", i.id).firstResult();
            return new ItemView(i.id, i.meetingId, i.municipalYear, i.minuteNumber, i.kind, i.title, i.notes, i.urgent,
                    i.draftedFromObligation, SubjectView.of(i.subjectType, i.subjectId),
                    i.interests.stream().map(x -> new InterestView(x.councillorId, x.nature)).toList(),
                    d == null ? null : d.id, i.version);
        }
    }

    @Schema(name = "DeclaredInterest", requiredProperties = {"councillorId", "nature"})
    public record InterestView(UUID councillorId, String nature) {
    }

    @Schema(name = "Subject", requiredProperties = {"type", "id", "title"}, description = "What it is about, with the title learnt from the owning service's events when known")
    public record SubjectView(String type, @Schema(nullable = true, description = "Null when type is other") UUID id,
            @Schema(nullable = true) String title) {
        public static SubjectView of(String type, UUID id) {
            if (type == null) {
                return null;
            }
            KnownSubject known = id == null ? null : KnownSubject.findById(new KnownSubject.Key(type, id));
            return new SubjectView(type, id, known == null ? null : known.title);
        }
    }
}
