package org.csp.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.csp.governance.config.GovernanceConfig;
import org.csp.governance.domain.AgendaItem;
import org.csp.governance.domain.Attendance;
import org.csp.governance.domain.AttendanceKind;
import org.csp.governance.domain.Body;
import org.csp.governance.domain.Councillor;
import org.csp.governance.domain.Decision;
import org.csp.governance.domain.DecisionKind;
import org.csp.governance.domain.ItemKind;
import org.csp.governance.domain.Meeting;
import org.csp.governance.domain.Officer;
import org.csp.governance.domain.Outcome;
import org.csp.governance.domain.Vote;

/**
 * The minutes of a meeting as an HTML document (well-formed XHTML) in the council's layout: the referral
 * notice, the heading, who was present, then each minute with its number, title, notes, resolution and vote.
 */
@ApplicationScoped
public class MinutesDocument {

    private static final DateTimeFormatter HEADING_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final String[] NUMBERS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};

    @Inject
    GovernanceConfig config;

    public String render(UUID meetingId) {
        Meeting m = Meeting.require(meetingId);
        Body body = Body.findById(m.bodyId);
        List<AgendaItem> items = AgendaItem.list("meetingId = ?1 order by minuteNumber", m.id);
        List<Decision> decisions = Decision.list("meetingId", m.id);
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\" />\n<title>")
                .append(esc("Minutes: " + body.name + ", " + m.date.format(LONG_DATE))).append("</title>\n")
                .append("<style>body{font-family:Arial,sans-serif;max-width:48em;margin:2em auto}.minute{display:flex;gap:1.5em}"
                        + ".minute-number{font-weight:bold;min-width:3em}h3{margin:0 0 .5em}.resolution{font-weight:bold}</style>\n")
                .append("</head>\n<body>\n");
        decisions.stream().map(d -> d.referralDeadline).filter(d -> d != null).max(Comparator.naturalOrder())
                .ifPresent(deadline -> h.append("<p class=\"referral-notice\">Should you wish to refer any decisions contained in these minutes to ")
                        .append(esc(config.referral().referralBody())).append(", please submit a Decision Referral Form, signed by ")
                        .append(esc(number(config.referral().requiredSignatures()))).append(" Councillors, by: <strong>")
                        .append(esc(deadline.format(LONG_DATE))).append("</strong>.</p>\n"));
        h.append("<h1>").append(esc(config.councilName().toUpperCase(Locale.UK))).append("</h1>\n<h2 class=\"body\">");
        if (body.actingAs != null && !body.actingAs.isBlank()) {
            h.append(esc("Acting as " + body.actingAs + ", " + body.name));
        } else {
            h.append(esc(body.name));
        }
        h.append("</h2>\n<h2 class=\"meeting\">").append(esc("MINUTES OF THE MEETING HELD ON "
                + m.date.format(HEADING_DATE).toUpperCase(Locale.UK))).append("</h2>\n");
        if (m.status == org.csp.governance.domain.MeetingStatus.CANCELLED) {
            h.append("<p class=\"cancelled\">").append(esc("The meeting was cancelled: " + m.cancellationReason)).append("</p>\n");
        }
        h.append("<p class=\"present\"><strong>Present:</strong> ").append(esc(present(m))).append("</p>\n");
        List<String> also = alsoPresent(m);
        if (!also.isEmpty()) {
            h.append("<p class=\"also-present\"><strong>Also Present:</strong> ").append(esc(String.join("; ", also))).append("</p>\n");
        }
        for (AgendaItem item : items) {
            h.append("<section class=\"minute\" id=\"minute-").append(item.minuteNumber).append("\">\n<span class=\"minute-number\">")
                    .append(item.minuteNumber).append(".</span>\n<div>\n<h3>").append(esc(item.title.toUpperCase(Locale.UK))).append("</h3>\n");
            String text = item.notes != null && !item.notes.isBlank() ? item.notes : standardText(item, m, items);
            if (text != null) {
                for (String para : text.split("\\n\\s*\\n")) {
                    h.append("<p>").append(esc(para.trim())).append("</p>\n");
                }
            }
            decisions.stream().filter(d -> d.itemId.equals(item.id)).findFirst().ifPresent(d -> {
                if (d.outcome == Outcome.LOST) {
                    // a lost motion resolved nothing: it is minuted as the motion that was put, and lost
                    String motion = d.resolution.replaceFirst("^RESOLVED[:\\s]*", "");
                    h.append("<p class=\"motion-lost\">").append(esc("The motion was lost: " + motion));
                } else {
                    String resolution = d.resolution.startsWith("RESOLVED") ? d.resolution : "RESOLVED: " + d.resolution;
                    if (d.kind == DecisionKind.RECOMMENDS && !d.resolution.startsWith("RESOLVED")) {
                        Body to = Body.findById(d.recommendedToId);
                        resolution = "RESOLVED to RECOMMEND to " + (to == null ? "another body" : to.name) + ": " + d.resolution;
                    }
                    h.append("<p class=\"resolution\">").append(esc(resolution));
                }
                h.append("</p>\n<p class=\"voting\">").append(esc("Voting: " + voting(d))).append("</p>\n");
            });
            h.append("</div>\n</section>\n");
        }
        h.append("<p class=\"status\">").append(esc("Minutes status: " + m.minutesStatus)).append("</p>\n</body>\n</html>\n");
        return h.toString();
    }

    private static String voting(Decision d) {
        if (d.outcome == Outcome.UNANIMOUS) {
            return "Unanimous";
        }
        String s = "For – " + d.votesFor + ", Against – " + d.votesAgainst + ", Abstentions – " + d.abstentions;
        if (d.castingVote != null) {
            s += d.castingVote == Vote.FOR ? " (carried on the Chairman's casting vote)" : " (lost on the Chairman's casting vote)";
        }
        return s;
    }

    private static String present(Meeting m) {
        List<String> names = new ArrayList<>();
        m.attendance.stream().filter(a -> a.kind == AttendanceKind.PRESENT || a.kind == AttendanceKind.SUBSTITUTE)
                .map(a -> (Councillor) Councillor.findById(a.councillorId))
                .sorted(Comparator.comparing(MinutesDocument::surname))
                .forEach(c -> names.add(c.name + (c.id.equals(m.chairId) ? " (Chairman)" : "")));
        if (names.isEmpty()) {
            return "no attendance recorded";
        }
        return (names.size() == 1 ? "Councillor " : "Councillors ") + join(names);
    }

    private static List<String> alsoPresent(Meeting m) {
        List<String> also = new ArrayList<>();
        for (Attendance a : m.attendance) {
            if (a.kind == AttendanceKind.VISITING) {
                also.add("Councillor " + name(a.councillorId) + " (Visiting Member)");
            } else if (a.kind == AttendanceKind.OFFICER) {
                Officer o = Officer.findById(a.officerId);
                also.add(o.name + " (" + o.jobTitle + ", " + o.organisation + ")");
            }
        }
        return also;
    }

    /** The wording of a standard item from the meeting's record, as the council words it when there is nothing to report. */
    private static String standardText(AgendaItem item, Meeting m, List<AgendaItem> items) {
        return switch (item.kind) {
            case APOLOGIES -> {
                List<String> names = m.attendance.stream().filter(a -> a.kind == AttendanceKind.APOLOGIES)
                        .map(a -> name(a.councillorId)).toList();
                yield names.isEmpty() ? "There were no apologies for absence."
                        : "Apologies for absence were received from " + (names.size() == 1 ? "Councillor " : "Councillors ") + join(names) + ".";
            }
            case SUBSTITUTES -> {
                List<String> lines = m.attendance.stream().filter(a -> a.kind == AttendanceKind.SUBSTITUTE)
                        .map(a -> "It was noted that Councillor " + name(a.councillorId) + " was present as a Substitute for Councillor "
                                + name(a.substituteForId) + ".").toList();
                yield lines.isEmpty() ? "There were no Substitute Members." : String.join("\n\n", lines);
            }
            case URGENT_ITEMS -> {
                List<String> urgent = items.stream().filter(i -> i.urgent && i.kind != ItemKind.URGENT_ITEMS)
                        .map(i -> i.minuteNumber + " (" + i.title + ")").toList();
                yield urgent.isEmpty() ? "There were no urgent items."
                        : "The Chairman agreed that " + (urgent.size() == 1 ? "minute " + urgent.get(0) + " should be taken as an urgent item."
                                : "minutes " + join(urgent) + " should be taken as urgent items.");
            }
            case VISITING_MEMBERS -> {
                List<String> names = m.attendance.stream().filter(a -> a.kind == AttendanceKind.VISITING).map(a -> name(a.councillorId)).toList();
                yield names.isEmpty() ? "There were no Visiting Members."
                        : (names.size() == 1 ? "Councillor " : "Councillors ") + join(names) + " attended as Visiting Members.";
            }
            case DISCLOSURES -> {
                List<String> disclosures = new ArrayList<>();
                for (AgendaItem i : items) {
                    i.interests.stream().sorted(Comparator.comparing(d -> name(d.councillorId)))
                            .forEach(d -> disclosures.add("Councillor " + name(d.councillorId) + " disclosed an interest in minute "
                                    + i.minuteNumber + " (" + i.title + "): " + d.nature + (d.nature.endsWith(".") ? "" : ".")));
                }
                yield disclosures.isEmpty() ? "There were no disclosures by Members or Officers." : String.join("\n\n", disclosures);
            }
            case LOBBYING -> "There were no disclosures of lobbying.";
            case PETITIONS -> "There were no petitions.";
            case PUBLIC_QUESTIONS -> "There were no questions from members of the public.";
            case DURATION -> m.endTime == null ? null : time(m.startTime) + " to " + time(m.endTime);
            default -> null;
        };
    }

    /** 18:30 → "6.30 p.m." as the council writes it. */
    static String time(LocalTime t) {
        int hour = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        return hour + "." + String.format("%02d", t.getMinute()) + (t.getHour() < 12 ? " a.m." : " p.m.");
    }

    private static String name(UUID councillorId) {
        Councillor c = councillorId == null ? null : Councillor.findById(councillorId);
        return c == null ? "(unknown)" : c.name;
    }

    private static String surname(Councillor c) {
        String[] parts = c.name.trim().split("\\s+");
        return parts[parts.length - 1].toLowerCase(Locale.UK);
    }

    private static String join(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String number(int n) {
        return n >= 0 && n < NUMBERS.length ? NUMBERS[n] : String.valueOf(n);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        b.append(' ');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

}
