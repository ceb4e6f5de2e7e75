package org.csp.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.csp.governance.config.GovernanceConfig;
import org.csp.governance.domain.AgendaItem;
import org.csp.governance.domain.Attendance;
import org.csp.governance.domain.AttendanceKind;
import org.csp.governance.domain.Body;
import org.csp.governance.domain.Councillor;
import org.csp.governance.domain.Dates;
import org.csp.governance.domain.Decision;
import org.csp.governance.domain.DeclaredInterest;
import org.csp.governance.domain.Meeting;
import org.csp.governance.domain.MeetingStatus;
import org.csp.governance.domain.MinutesStatus;
import org.csp.governance.domain.MunicipalYear;
import org.csp.governance.domain.Officer;
import org.csp.governance.domain.SubjectTypes;
import org.csp.governance.rest.MeetingDtos.AttendanceEntry;
import org.csp.governance.rest.MeetingDtos.CreateMeeting;
import org.csp.governance.rest.MeetingDtos.InterestEntry;
import org.csp.governance.rest.MeetingDtos.ItemRequest;
import org.csp.governance.rest.MeetingDtos.RecordAttendance;
import org.csp.governance.rest.MeetingDtos.SubjectRef;
import org.csp.governance.rest.MeetingDtos.UpdateMeeting;
import org.csp.platform.audit.AuditTrail;
import org.csp.platform.http.Etags;
import org.csp.platform.problem.ApiException;

/** Meetings, their attendance, minutes and agenda items. */
@ApplicationScoped
public class MeetingService {

    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    GovernanceConfig config;
    @Inject
    DecisionService decisions;
    @Inject
    ObligationService obligations;

    @Transactional
    public Meeting create(CreateMeeting request) {
        Body body = Body.findById(request.bodyId());
        if (body == null) {
            throw Body.unknown(request.bodyId()).with("bodyId", request.bodyId());
        }
        Dates.require("date", request.date());
        Dates.require("agendaPublishedOn", request.agendaPublishedOn());
        Meeting.checkTimes(request.startTime(), request.endTime());
        Meeting m = new Meeting();
        m.id = UUID.randomUUID();
        m.bodyId = body.id;
        m.date = request.date();
        m.startTime = request.startTime();
        m.endTime = request.endTime();
        m.location = request.location();
        m.status = MeetingStatus.SCHEDULED;
        m.municipalYear = MunicipalYear.of(m.date, config.municipalYearStart());
        m.agendaPublishedOn = request.agendaPublishedOn();
        m.minutesStatus = MinutesStatus.DRAFT;
        m.createdAt = clock.instant();
        m.persist();
        audit.record("meeting", m.id, "meeting.created", request);
        obligations.placeOpenObligations(m);
        return m;
    }

    @Transactional
    public Meeting update(UUID id, String ifMatch, UpdateMeeting request) {
        Meeting m = Meeting.require(id);
        Etags.requireMatch(ifMatch, m.version);
        m.requireMinutesEditable();
        Dates.require("date", request.date());
        Dates.require("agendaPublishedOn", request.agendaPublishedOn());
        Meeting.checkTimes(request.startTime(), request.endTime());
        String year = MunicipalYear.of(request.date(), config.municipalYearStart());
        if (!year.equals(m.municipalYear) && AgendaItem.count("meetingId", m.id) > 0) {
            throw ApiException.conflict("meeting-has-items", "the meeting has numbered items in municipal year " + m.municipalYear
                    + "; it cannot move to " + year);
        }
        if (!request.date().equals(m.date) && m.status != MeetingStatus.SCHEDULED) {
            throw ApiException.conflict("meeting-status", "only a SCHEDULED meeting can be moved to another date");
        }
        LocalDate movedFrom = request.date().equals(m.date) ? null : m.date;
        boolean becomesHeld = m.status != MeetingStatus.HELD && request.status() == MeetingStatus.HELD;
        boolean becomesCancelled = m.status != MeetingStatus.CANCELLED && request.status() == MeetingStatus.CANCELLED;
        m.changeStatus(request.status(), request.cancellationReason());
        m.date = request.date();
        m.municipalYear = year;
        m.startTime = request.startTime();
        m.endTime = request.endTime();
        m.location = request.location();
        m.agendaPublishedOn = request.agendaPublishedOn();
        audit.record("meeting", m.id, "meeting.updated", request);
        if (movedFrom != null) {
            obligations.meetingMoved(m, movedFrom);
        }
        if (becomesHeld) {
            obligations.meetingHeld(m);
        }
        if (becomesCancelled) {
            obligations.meetingCancelled(m);
        }
        return m;
    }

    /**
     * Replaces the attendance of a HELD meeting. Every councillor is a serving councillor on the day; members
     * present or sending apologies are members of the body; a substitute stands for a member who sent apologies.
     * Decisions already recorded must still add up with the new attendance (409 contradicts-recorded-decision).
     */
    @Transactional
    public Meeting recordAttendance(UUID id, String ifMatch, RecordAttendance request) {
        Meeting m = Meeting.require(id);
        Etags.requireMatch(ifMatch, m.version);
        m.requireMinutesEditable();
        m.requireHeld("attendance");
        Body body = Body.findById(m.bodyId);
        List<AttendanceEntry> entries = request.entries();
        Set<UUID> seen = new HashSet<>();
        Set<UUID> apologies = new HashSet<>();
        for (AttendanceEntry e : entries) {
            if (e.kind() == AttendanceKind.APOLOGIES && e.councillorId() != null) {
                apologies.add(e.councillorId());
            }
        }
        Map<UUID, UUID> substituteFor = new HashMap<>();
        Set<UUID> voting = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            AttendanceEntry e = entries.get(i);
            String field = "entries[" + i + "]";
            if (e.kind() == AttendanceKind.OFFICER) {
                if (e.officerId() == null || e.councillorId() != null || e.substituteForId() != null) {
                    throw ApiException.invalidField(field + ".officerId", "an OFFICER entry names an officer and no councillor");
                }
                if (Officer.findById(e.officerId()) == null) {
                    throw ApiException.rule("unknown-officer", "officer " + e.officerId() + " does not exist").with("officerId", e.officerId());
                }
                if (!seen.add(e.officerId())) {
                    throw ApiException.rule("duplicate-attendance", "officer " + e.officerId() + " is listed twice");
                }
                continue;
            }
            if (e.councillorId() == null || e.officerId() != null) {
                throw ApiException.invalidField(field + ".councillorId", "a " + e.kind() + " entry names a councillor and no officer");
            }
            Councillor c = Councillor.findById(e.councillorId());
            if (c == null || !c.isCurrentOn(m.date)) {
                throw ApiException.rule("not-a-current-councillor", (c == null ? "councillor " + e.councillorId() + " does not exist"
                        : c.name + " was not a serving councillor on " + m.date)).with("councillorId", e.councillorId());
            }
            if (!seen.add(c.id)) {
                throw ApiException.rule("duplicate-attendance", "Councillor " + c.name + " is listed more than once")
                        .with("councillorId", c.id);
            }
            switch (e.kind()) {
                case PRESENT, APOLOGIES -> {
                    if (!body.hasMemberOn(c.id, m.date)) {
                        throw ApiException.rule("not-a-member", "Councillor " + c.name + " was not a member of " + body.name + " on "
                                + m.date + "; record them as a SUBSTITUTE or VISITING member").with("councillorId", c.id);
                    }
                    if (e.substituteForId() != null) {
                        throw ApiException.invalidField(field + ".substituteForId", "only a SUBSTITUTE stands for another member");
                    }
                    if (e.kind() == AttendanceKind.PRESENT) {
                        voting.add(c.id);
                    }
                }
                case SUBSTITUTE -> {
                    if (e.substituteForId() == null || !apologies.contains(e.substituteForId())) {
                        Councillor absent = e.substituteForId() == null ? null : Councillor.findById(e.substituteForId());
                        throw ApiException.rule("substitute-without-apologies", "Councillor " + c.name + " cannot substitute for "
                                + (absent == null ? "a member" : "Councillor " + absent.name)
                                + " who did not send apologies; a substitute stands for a member who sent apologies")
                                .with("councillorId", c.id).with("substituteForId", e.substituteForId());
                    }
                    UUID previous = substituteFor.put(e.substituteForId(), c.id);
                    if (previous != null) {
                        throw ApiException.rule("duplicate-substitute", "member " + e.substituteForId() + " already has a substitute")
                                .with("substituteForId", e.substituteForId());
                    }
                    voting.add(c.id);
                }
                case VISITING -> {
                    if (e.substituteForId() != null) {
                        throw ApiException.invalidField(field + ".substituteForId", "only a SUBSTITUTE stands for another member");
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
        if (request.chairId() != null && !voting.contains(request.chairId())) {
            throw ApiException.rule("chair-not-present", "the chair must be a member present at the meeting")
                    .with("chairId", request.chairId());
        }
        for (Decision d : Decision.<Decision>list("meetingId", m.id)) {
            AgendaItem item = AgendaItem.findById(d.itemId);
            d.requireConsistentWith(voting, item.interestedCouncillors(), request.chairId(), item.minuteNumber);
        }
        m.attendance.clear();
        Meeting.getEntityManager().flush();
        int position = 0;
        for (AttendanceEntry e : entries) {
            Attendance a = new Attendance();
            a.id = UUID.randomUUID();
            a.meeting = m;
            a.kind = e.kind();
            a.councillorId = e.councillorId();
            a.officerId = e.officerId();
            a.substituteForId = e.substituteForId();
            a.position = position++;
            m.attendance.add(a);
        }
        m.chairId = request.chairId();
        Meeting.getEntityManager().lock(m, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        audit.record("meeting", m.id, "attendance.recorded", request);
        return m;
    }

    @Transactional
    public Meeting approveMinutes(UUID id, String ifMatch, UUID approvedAt) {
        Meeting m = Meeting.require(id);
        Etags.requireMatch(ifMatch, m.version);
        Meeting later = Meeting.findById(approvedAt);
        if (later == null) {
            throw ApiException.rule("minutes-approval-meeting", "meeting " + approvedAt + " does not exist");
        }
        boolean published = m.approveMinutesAt(later, LocalDate.now(clock));
        audit.record("meeting", m.id, "minutes.approved", java.util.Map.of("approvedAtMeetingId", approvedAt));
        if (published) {
            decisions.minutesPublished(m);
            audit.record("meeting", m.id, "minutes.published", java.util.Map.of("publishedOn", m.minutesPublishedOn.toString(),
                    "byApproval", true));
        }
        return m;
    }

    /**
     * Publishing the draft minutes of a HELD meeting starts referral windows counted from publication. Minutes already
     * approved are the signed record: they are not published again as a draft (409 minutes-approved).
     */
    @Transactional
    public Meeting publishMinutes(UUID id, String ifMatch) {
        Meeting m = Meeting.require(id);
        Etags.requireMatch(ifMatch, m.version);
        m.requireHeld("minutes");
        m.requireMinutesEditable();
        if (m.minutesPublishedOn != null) {
            throw ApiException.conflict("minutes-published", "the minutes were published on " + m.minutesPublishedOn);
        }
        m.minutesPublishedOn = LocalDate.now(clock);
        decisions.minutesPublished(m);
        audit.record("meeting", m.id, "minutes.published", java.util.Map.of("publishedOn", m.minutesPublishedOn.toString()));
        return m;
    }

    @Transactional
    public AgendaItem addItem(UUID meetingId, ItemRequest request) {
        Meeting m = Meeting.require(meetingId);
        m.requireMinutesEditable();
        if (m.status == MeetingStatus.CANCELLED) {
            throw ApiException.conflict("meeting-status", "the meeting of " + m.date + " was cancelled");
        }
        checkSubject(request.subject());
        AgendaItem item = newItem(m, request.minuteNumber(), request.kind(), request.title());
        item.notes = request.notes();
        item.urgent = request.urgent();
        setSubject(item, request.subject());
        setInterests(item, request.interests());
        item.persist();
        audit.record("agenda-item", item.id, "item.added", request);
        return item;
    }

    @Transactional
    public AgendaItem updateItem(UUID meetingId, UUID itemId, String ifMatch, ItemRequest request) {
        Meeting m = Meeting.require(meetingId);
        AgendaItem item = AgendaItem.require(meetingId, itemId);
        Etags.requireMatch(ifMatch, item.version);
        m.requireMinutesEditable();
        if (request.minuteNumber() != null && request.minuteNumber() != item.minuteNumber) {
            throw ApiException.rule("minute-number-fixed", "minute " + item.minuteNumber + " keeps its number");
        }
        checkSubject(request.subject());
        Decision decided = Decision.find("itemId", item.id).firstResult();
        if (decided != null) {
            Set<UUID> interested = request.interests() == null ? Set.of()
                    : request.interests().stream().map(InterestEntry::councillorId).collect(Collectors.toSet());
            decided.requireSameUrgency(request.urgent(), item.minuteNumber);
            decided.requireConsistentWith(m.votingMembers(), interested, item.minuteNumber);
        }
        item.kind = request.kind();
        item.title = request.title();
        item.notes = request.notes();
        item.urgent = request.urgent();
        setSubject(item, request.subject());
        item.interests.clear();
        AgendaItem.getEntityManager().flush();
        setInterests(item, request.interests());
        AgendaItem.getEntityManager().lock(item, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        audit.record("agenda-item", item.id, "item.updated", request);
        return item;
    }

    /**
     * A new item numbered on from the body's last minute in the municipal year, or as given if that runs on: the next
     * number, or any number for the year's first minute (a year begun on paper continues from its last paper minute).
     */
    AgendaItem newItem(Meeting m, Integer requestedNumber, org.csp.governance.domain.ItemKind kind, String title) {
        Body body = Body.findById(m.bodyId);
        Body.getEntityManager().lock(body, LockModeType.PESSIMISTIC_WRITE);
        Integer last = AgendaItem.getEntityManager().createQuery(
                "select max(i.minuteNumber) from AgendaItem i where i.bodyId = :body and i.municipalYear = :year", Integer.class)
                .setParameter("body", m.bodyId).setParameter("year", m.municipalYear).getSingleResult();
        int next = last == null ? 1 : last + 1;
        int number = next;
        if (requestedNumber != null) {
            if (!MunicipalYear.runsOn(last, requestedNumber)) {
                throw ApiException.rule("minute-number-out-of-sequence", "minute numbers run on across the municipal year "
                        + m.municipalYear + "; the next number for " + body.name + " is " + next)
                        .with("nextMinuteNumber", next);
            }
            number = requestedNumber;
        }
        AgendaItem item = new AgendaItem();
        item.id = UUID.randomUUID();
        item.meetingId = m.id;
        item.bodyId = m.bodyId;
        item.municipalYear = m.municipalYear;
        item.minuteNumber = number;
        item.kind = kind;
        item.title = title;
        item.createdAt = clock.instant();
        return item;
    }

    private static void checkSubject(SubjectRef subject) {
        if (subject != null && !SubjectTypes.OTHER.equals(subject.type()) && subject.id() == null) {
            throw ApiException.invalidField("subject.id", "an item about a " + subject.type() + " names its id");
        }
    }

    private static void setSubject(AgendaItem item, SubjectRef subject) {
        item.subjectType = subject == null ? null : subject.type();
        item.subjectId = subject == null ? null : subject.id();
    }

    private static void setInterests(AgendaItem item, List<InterestEntry> interests) {
        if (interests == null) {
            return;
        }
        Set<UUID> seen = new HashSet<>();
        for (InterestEntry e : interests) {
            if (Councillor.findById(e.councillorId()) == null) {
                throw ApiException.rule("unknown-councillor", "councillor " + e.councillorId() + " does not exist")
                        .with("councillorId", e.councillorId());
            }
            if (!seen.add(e.councillorId())) {
                throw ApiException.rule("duplicate-interest", "councillor " + e.councillorId() + " declared twice");
            }
            DeclaredInterest d = new DeclaredInterest();
            d.id = UUID.randomUUID();
            d.item = item;
            d.councillorId = e.councillorId();
            d.nature = e.nature();
            item.interests.add(d);
        }
    }
}
