package org.csp.governance.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csp.governance.config.GovernanceConfig;
import org.csp.governance.domain.AgendaItem;
import org.csp.governance.domain.Body;
import org.csp.governance.domain.ItemKind;
import org.csp.governance.domain.KnownSubject;
import org.csp.governance.domain.Meeting;
import org.csp.governance.domain.MeetingStatus;
import org.csp.governance.domain.Obligation;
import org.csp.governance.domain.ObligationStatus;
import org.csp.governance.domain.SubjectTypes;
import org.csp.platform.audit.AuditTrail;
import org.csp.platform.events.IncomingEvent;
import org.csp.platform.events.PoisonMessageException;
import org.csp.platform.http.Etags;
import org.csp.platform.text.Texts;

/**
 * The obligations calendar, fed by the other services' events: the crime and disorder committee's yearly
 * scrutiny of each published assessment, Council's adoption of a recommended plan, and the duties of each
 * grant award. Each obligation is drafted as an agenda item on the last scheduled meeting of the right body within the
 * agenda window before it is due.
 */
@ApplicationScoped
public class ObligationService {

    public static final String SCRUTINY = "crime-and-disorder-scrutiny";

    @Inject
    ObjectMapper json;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    GovernanceConfig config;
    @Inject
    MeetingService meetings;

    /** The part of {@code assessment-published} v1 read here. */
    public record AssessmentPublished(UUID assessmentId, String financialYear, String title, Instant publishedAt) {
    }

    /** The part of {@code plan-status-changed} v1 read here. */
    public record PlanStatusChanged(UUID planId, String title, LocalDate periodStart, LocalDate periodEnd,
            String fromStatus, String toStatus) {
    }

    /** The part of {@code award-created} v1 read here. */
    public record AwardCreated(UUID awardId, String funder, String recipient, String financialYear, List<Duty> obligations) {
        public record Duty(String code, String description, LocalDate dueDate) {
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onAssessmentPublished(IncomingEvent event) {
        AssessmentPublished e = event.dataAs(AssessmentPublished.class, json);
        if (e.assessmentId() == null || blank(e.title())) {
            throw new PoisonMessageException("assessment-published " + event.id() + " names no assessment id or title");
        }
        remember(SubjectTypes.ASSESSMENT, e.assessmentId(), e.title(), "PUBLISHED");
        LocalDate published = e.publishedAt() != null ? LocalDate.ofInstant(e.publishedAt(), clock.getZone())
                : LocalDate.now(clock);
        LocalDate due = published.plusDays(config.obligations().scrutinyWithin().toDays());
        create(SCRUTINY, "Crime and Disorder Committee's yearly scrutiny: " + e.title(), due,
                SubjectTypes.ASSESSMENT, e.assessmentId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onPlanStatusChanged(IncomingEvent event) {
        PlanStatusChanged e = event.dataAs(PlanStatusChanged.class, json);
        if (e.planId() == null || blank(e.title()) || blank(e.toStatus())) {
            throw new PoisonMessageException("plan-status-changed " + event.id() + " names no plan id, title or status");
        }
        remember(SubjectTypes.PLAN, e.planId(), e.title(), e.toStatus());
        if ("RECOMMENDED".equals(e.toStatus())) {
            LocalDate start = e.periodStart() != null ? e.periodStart() : LocalDate.now(clock);
            create(Obligation.PLAN_ADOPTION, "Council to adopt " + e.title(),
                    start.plusDays(config.obligations().adoptionAfterPlanStart().toDays()), SubjectTypes.PLAN, e.planId());
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onAwardCreated(IncomingEvent event) {
        AwardCreated e = event.dataAs(AwardCreated.class, json);
        if (e.awardId() == null) {
            throw new PoisonMessageException("award-created " + event.id() + " names no award id");
        }
        String title = (blank(e.funder()) ? "Grant" : e.funder()) + " grant " + (e.financialYear() == null ? "" : e.financialYear());
        remember(SubjectTypes.AWARD, e.awardId(), title.trim(), "AWARDED");
        for (AwardCreated.Duty duty : e.obligations() == null ? List.<AwardCreated.Duty>of() : e.obligations()) {
            if (duty == null || blank(duty.code()) || duty.dueDate() == null) {
                throw new PoisonMessageException("award-created " + event.id() + " has an obligation without code or due date");
            }
            String description = blank(duty.description()) ? duty.code() : duty.description();
            create(Texts.clipped(duty.code(), 100), Texts.clipped(description, 1000), duty.dueDate(), SubjectTypes.AWARD,
                    e.awardId());
        }
    }

    private void remember(String type, UUID id, String title, String status) {
        KnownSubject s = KnownSubject.findById(new KnownSubject.Key(type, id));
        if (s == null) {
            s = new KnownSubject();
            s.subjectType = type;
            s.subjectId = id;
            s.title = Texts.clipped(title, 300);
            s.status = Texts.clipped(status, 40);
            s.updatedAt = clock.instant();
            s.persist();
        } else {
            s.title = Texts.clipped(title, 300);
            s.status = Texts.clipped(status, 40);
            s.updatedAt = clock.instant();
        }
    }

    private void create(String code, String description, LocalDate due, String sourceType, UUID sourceId) {
        if (Obligation.count("sourceType = ?1 and sourceId = ?2 and code = ?3", sourceType, sourceId, code) > 0) {
            return;
        }
        Obligation o = new Obligation();
        o.id = UUID.randomUUID();
        o.code = code;
        o.description = description;
        o.dueDate = due;
        o.sourceType = sourceType;
        o.sourceId = sourceId;
        o.status = ObligationStatus.OPEN;
        o.createdAt = clock.instant();
        o.persist();
        audit.record("obligation", o.id, "obligation.created", Map.of("code", code, "dueDate", due.toString()));
        place(o);
    }

    /** Drafts the obligation as an agenda item on the last scheduled meeting of the right body before it is due. */
    void place(Obligation o) {
        LocalDate today = LocalDate.now(clock);
        // the scheduled meetings in the obligation's window, latest first; Obligation.isForBody says whose it is
        List<Object[]> candidates = Meeting.getEntityManager().createQuery("select m, b from Meeting m, Body b where b.id = m.bodyId"
                        + " and m.status = :scheduled and m.date >= :today and m.date <= :due order by m.date desc, m.createdAt desc",
                        Object[].class)
                .setParameter("scheduled", MeetingStatus.SCHEDULED)
                .setParameter("today", latest(today, o.dueDate.minusDays(config.obligations().agendaWindow().toDays())))
                .setParameter("due", o.dueDate).getResultList();
        Meeting m = candidates.stream().filter(row -> o.isForBody((Body) row[1])).map(row -> (Meeting) row[0]).findFirst()
                .orElse(null);
        if (m == null) {
            return;
        }
        AgendaItem item = meetings.newItem(m, null, ItemKind.SUBSTANTIVE, Texts.clipped(o.description, 300));
        item.draftedFromObligation = true;
        item.notes = "Drafted from the obligation '" + o.code + "' due " + o.dueDate + ".";
        item.subjectType = o.sourceType;
        item.subjectId = o.sourceId;
        item.persist();
        o.agendaItemId = item.id;
        o.bodyId = m.bodyId;
        o.status = ObligationStatus.SCHEDULED;
        audit.record("obligation", o.id, "obligation.scheduled", Map.of("meetingId", m.id.toString(), "agendaItemId", item.id.toString()));
    }

    /**
     * A new meeting may be the right one for obligations not yet on an agenda: those its body meets (Council's plan adoptions,
     * the crime and disorder committee's others), due on or after it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void placeOpenObligations(Meeting meeting) {
        Body body = Body.findById(meeting.bodyId);
        List<Obligation> open = Obligation.list("status = ?1 and dueDate >= ?2 order by dueDate", ObligationStatus.OPEN, meeting.date);
        for (Obligation o : open) {
            if (o.isForBody(body)) {
                place(o);
            }
        }
    }

    /**
     * Obligations drafted onto a meeting that was cancelled go back to the calendar and onto the next suitable scheduled
     * meeting in their window, if there is one. The drafted item stays on the cancelled meeting's agenda as the record of what
     * it was to consider, with a note that the obligation moved.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void meetingCancelled(Meeting meeting) {
        for (Obligation o : scheduledOn(meeting)) {
            AgendaItem item = AgendaItem.findById(o.agendaItemId);
            item.notes = (item.notes == null ? "" : item.notes + "\n\n") + "The meeting was cancelled; the obligation went back to the calendar.";
            o.unschedule();
            audit.record("obligation", o.id, "obligation.unscheduled", Map.of("meetingId", meeting.id.toString(),
                    "agendaItemId", item.id.toString()));
            place(o);
        }
    }

    /**
     * A scheduled meeting moved to another day: the obligations drafted onto it that its new date leaves outside their window go
     * back to the calendar and onto the next suitable meeting, as when a meeting is cancelled (their drafted items stay, with a
     * note, as the record); and, like a new meeting, it takes the open obligations its new date suits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void meetingMoved(Meeting meeting, LocalDate from) {
        for (Obligation o : scheduledOn(meeting)) {
            if (o.isInWindow(meeting.date, config.obligations().agendaWindow())) {
                continue;
            }
            AgendaItem item = AgendaItem.findById(o.agendaItemId);
            item.notes = (item.notes == null ? "" : item.notes + "\n\n") + "The meeting moved from " + from + " to " + meeting.date
                    + ", outside the obligation's window (due " + o.dueDate + "); the obligation went back to the calendar.";
            o.unschedule();
            audit.record("obligation", o.id, "obligation.unscheduled", Map.of("meetingId", meeting.id.toString(),
                    "agendaItemId", item.id.toString(), "meetingDate", meeting.date.toString()));
            place(o);
        }
        placeOpenObligations(meeting);
    }

    /** Obligations on the agenda of a meeting that was held are met. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void meetingHeld(Meeting meeting) {
        for (Obligation o : scheduledOn(meeting)) {
            o.complete(clock.instant());
            audit.record("obligation", o.id, "obligation.met", Map.of("meetingId", meeting.id.toString()));
        }
    }

    /** The obligations drafted onto the meeting's agenda and not yet met. */
    private static List<Obligation> scheduledOn(Meeting meeting) {
        return Obligation.list("status = ?1 and agendaItemId in (select i.id from AgendaItem i where i.meetingId = ?2)",
                ObligationStatus.SCHEDULED, meeting.id);
    }

    @Transactional
    public Obligation complete(UUID id, String ifMatch) {
        Obligation o = Obligation.require(id);
        Etags.requireMatch(ifMatch, o.version);
        o.complete(clock.instant());
        audit.record("obligation", o.id, "obligation.met", null);
        return o;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
