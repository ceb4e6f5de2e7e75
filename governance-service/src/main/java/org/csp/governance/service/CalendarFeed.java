package org.csp.governance.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.csp.governance.domain.AgendaItem;
import org.csp.governance.domain.Body;
import org.csp.governance.domain.Decision;
import org.csp.governance.domain.DecisionStatus;
import org.csp.governance.domain.Meeting;
import org.csp.governance.domain.MeetingStatus;
import org.csp.governance.domain.Obligation;
import org.csp.governance.domain.ObligationStatus;
import org.csp.platform.security.Actor;
import org.csp.platform.security.Roles;

/**
 * Meetings, referral deadlines and obligations as an iCalendar (RFC 5545) feed that calendar applications
 * can subscribe to: CRLF line ends, long lines folded at 75 octets, text escaped, times in UTC. Each event's
 * SEQUENCE is its record's version, so an application sees a moved or cancelled meeting as a newer revision.
 */
@ApplicationScoped
public class CalendarFeed {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    static final String DOMAIN = "@governance.csp.example.org";
    static final String REFRESH = "PT1H";
    /** The most events of each kind (meetings, referral deadlines, obligations) one feed carries. */
    static final int MAX_EVENTS = 2000;

    /** The roles of listObligations: partner agencies may not read obligations, so their feeds show none. */
    private static final Set<String> OBLIGATION_READERS = Set.of(Roles.OFFICER, Roles.ADMIN, Roles.COUNCILLOR, Roles.PCC);

    @Inject
    Clock clock;

    public static boolean mayReadObligations(Actor actor) {
        return OBLIGATION_READERS.stream().anyMatch(actor::hasRole);
    }

    /**
     * @param withObligations obligations' due dates too (with a body filter, those on that body's agendas), only
     *                        for a reader of obligations: see {@link #mayReadObligations}
     */
    public String render(UUID bodyId, LocalDate from, LocalDate to, boolean withObligations) {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//Community Safety Partnership//governance-service//EN");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:PUBLISH");
        Map<UUID, Body> bodies = new HashMap<>();
        Body only = bodyId == null ? null : bodies.computeIfAbsent(bodyId, id -> Body.findById(id));
        String name = only == null ? "Meetings and deadlines" : only.name + ": meetings and deadlines";
        lines.add("NAME:" + text(name));
        lines.add("X-WR-CALNAME:" + text(name));
        // How often a subscribed calendar application should fetch it again (RFC 7986; Outlook reads the X- form).
        lines.add("REFRESH-INTERVAL;VALUE=DURATION:" + REFRESH);
        lines.add("X-PUBLISHED-TTL:" + REFRESH);
        String stamp = UTC.format(clock.instant());
        LocalDate start = from == null ? LocalDate.of(1900, 1, 1) : from;
        LocalDate end = to == null ? LocalDate.of(9999, 12, 31) : to;
        List<Meeting> meetings = latest(bodyId == null
                ? Meeting.find("date >= ?1 and date <= ?2 order by date desc, startTime desc, id desc", start, end)
                : Meeting.find("bodyId = ?1 and date >= ?2 and date <= ?3 order by date desc, startTime desc, id desc", bodyId, start, end));
        for (Meeting m : meetings) {
            Body body = bodies.computeIfAbsent(m.bodyId, id -> Body.findById(id));
            Instant begins = m.date.atTime(m.startTime).atZone(clock.getZone()).toInstant();
            lines.add("BEGIN:VEVENT");
            lines.add("UID:meeting-" + m.id + DOMAIN);
            lines.add("SEQUENCE:" + m.version);
            lines.add("DTSTAMP:" + stamp);
            lines.add("DTSTART:" + UTC.format(begins));
            if (m.endTime != null) {
                lines.add("DTEND:" + UTC.format(m.date.atTime(m.endTime).atZone(clock.getZone()).toInstant()));
            } else {
                lines.add("DURATION:PT2H");
            }
            lines.add("SUMMARY:" + text(body.name));
            lines.add("LOCATION:" + text(m.location));
            if (body.actingAs != null) {
                lines.add("DESCRIPTION:" + text("Acting as " + body.actingAs));
            }
            lines.add("STATUS:" + (m.status == MeetingStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
            lines.add("END:VEVENT");
        }
        List<Decision> open = latest(bodyId == null
                ? Decision.find("status = ?1 and referralDeadline >= ?2 and referralDeadline <= ?3 order by referralDeadline desc, id desc",
                        DecisionStatus.OPEN, start, end)
                : Decision.find("status = ?1 and bodyId = ?2 and referralDeadline >= ?3 and referralDeadline <= ?4 order by referralDeadline desc, id desc",
                        DecisionStatus.OPEN, bodyId, start, end));
        for (Decision d : open) {
            Body body = bodies.computeIfAbsent(d.bodyId, id -> Body.findById(id));
            AgendaItem item = AgendaItem.findById(d.itemId);
            lines.add("BEGIN:VEVENT");
            lines.add("UID:referral-deadline-" + d.id + DOMAIN);
            lines.add("SEQUENCE:" + d.version);
            lines.add("DTSTAMP:" + stamp);
            lines.add("DTSTART;VALUE=DATE:" + DATE.format(d.referralDeadline));
            lines.add("DTEND;VALUE=DATE:" + DATE.format(d.referralDeadline.plusDays(1)));
            lines.add("SUMMARY:" + text("Referral deadline: minute " + item.minuteNumber + ", " + body.name + " of " + d.meetingDate));
            lines.add("DESCRIPTION:" + text(d.resolution));
            lines.add("TRANSP:TRANSPARENT");
            lines.add("END:VEVENT");
        }
        if (withObligations) {
            List<Obligation> due = latest(bodyId == null
                    ? Obligation.find("status <> ?1 and dueDate >= ?2 and dueDate <= ?3 order by dueDate desc, id desc", ObligationStatus.DONE, start, end)
                    : Obligation.find("status <> ?1 and bodyId = ?2 and dueDate >= ?3 and dueDate <= ?4 order by dueDate desc, id desc",
                            ObligationStatus.DONE, bodyId, start, end));
            for (Obligation o : due) {
                lines.add("BEGIN:VEVENT");
                lines.add("UID:obligation-" + o.id + DOMAIN);
                lines.add("SEQUENCE:" + o.version);
                lines.add("DTSTAMP:" + stamp);
                lines.add("DTSTART;VALUE=DATE:" + DATE.format(o.dueDate));
                lines.add("DTEND;VALUE=DATE:" + DATE.format(o.dueDate.plusDays(1)));
                lines.add("SUMMARY:" + text("Due: " + o.description));
                lines.add("TRANSP:TRANSPARENT");
                lines.add("END:VEVENT");
            }
        }
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            fold(line, out);
        }
        return out.toString();
    }

    /**
     * The latest {@link #MAX_EVENTS} of a query ordered newest first, in date order: when a long history holds more,
     * the oldest are left out, never the upcoming ones a calendar is for.
     */
    static <T> List<T> latest(PanacheQuery<T> newestFirst) {
        List<T> kept = new ArrayList<>(newestFirst.range(0, MAX_EVENTS - 1).list());
        Collections.reverse(kept);
        return kept;
    }

    /** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
                .replace("\r", "\\n").replaceAll("[\\x00-\\x08\\x0B-\\x1F\\x7F]", " ");
    }

    /** Lines longer than 75 octets continue on the next line after CRLF and a space, never splitting a character. */
    static void fold(String line, StringBuilder out) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
