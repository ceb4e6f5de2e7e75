package org.csp.governance;

import static io.restassured.RestAssured.given;
import static org.csp.governance.Fixtures.OFFICER;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.csp.platform.time.PlatformClock;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The minutes as an HTML document in the seed's layout, and the iCalendar feed, both parse. */
@QuarkusTest
class OutputsTest {

    @Inject
    PlatformClock clock;
    @Inject
    DataSource dataSource;

    static String xpath(Document doc, String expression) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(expression, doc).replaceAll("\\s+", " ").trim();
    }

    @Test
    void theMinutesOf12February2019RenderInTheCouncilsLayout() throws Exception {
        Fixtures.setClock(clock, "2019-02-12T20:00:00Z");
        Fixtures.Committee c = Fixtures.committeeOf12February2019();
        String item148 = SeedMeetingTest.recordItems(c.meetingId(), UUID.randomUUID().toString());
        Fixtures.decide(c.meetingId(), item148, Fixtures.unanimous(SeedMeetingTest.ENDORSEMENT, "DECIDES", null, "ENDORSE"))
                .then().statusCode(201);

        Response html = given().auth().oauth2(OFFICER).get("/api/v1/meetings/{id}/minutes", c.meetingId());
        html.then().statusCode(200).contentType("text/html");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.asByteArray()));

        assertTrue(xpath(doc, "//*[@class='referral-notice']").endsWith(
                "signed by three Councillors, by: 26 February 2019."), xpath(doc, "//*[@class='referral-notice']"));
        assertTrue(xpath(doc, "//*[@class='referral-notice']").contains("to Policy and Resources Committee"));
        assertEquals("MAIDSTONE BOROUGH COUNCIL", xpath(doc, "//*[local-name()='h1']"));
        assertTrue(xpath(doc, "//*[@class='body']").startsWith("Acting as the Crime and Disorder Committee, Communities, Housing and Environment Committee"));
        assertEquals("MINUTES OF THE MEETING HELD ON TUESDAY 12 FEBRUARY 2019", xpath(doc, "//*[@class='meeting']"));
        assertEquals("Present: Councillors M Burton, Garten, Joy, D Mortimer (Chairman), Powell, Purle, Mrs Robertson, Springett and Webb",
                xpath(doc, "//*[@class='present']"));
        assertEquals("Apologies for absence were received from Councillor Rose.", xpath(doc, "//*[@id='minute-138']//*[local-name()='p']"));
        assertEquals("It was noted that Councillor Springett was present as a Substitute for Councillor Rose.",
                xpath(doc, "//*[@id='minute-139']//*[local-name()='p']"));
        assertEquals("2019 - 20 STRATEGIC ASSESSMENT", xpath(doc, "//*[@id='minute-148']//*[local-name()='h3']"));
        assertEquals("RESOLVED: " + SeedMeetingTest.ENDORSEMENT, xpath(doc, "//*[@id='minute-148']//*[@class='resolution']"));
        assertEquals("Voting: Unanimous", xpath(doc, "//*[@id='minute-148']//*[@class='voting']"));
        assertEquals("6.30 p.m. to 7.30 p.m.", xpath(doc, "//*[@id='minute-149']//*[local-name()='p']"));
    }

    static Document minutes(String meetingId) throws Exception {
        Response html = given().auth().oauth2(OFFICER).get("/api/v1/meetings/{id}/minutes", meetingId);
        html.then().statusCode(200).contentType("text/html");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.asByteArray()));
    }

    @Test
    void theMinutesSayWhatHappenedLostMotionsCastingVotesDisclosuresAndUrgentItems() throws Exception {
        Fixtures.setClock(clock, "2019-02-12T20:00:00Z");
        Fixtures.Committee c = Fixtures.committeeOf12February2019();
        Fixtures.item(c.meetingId(), "URGENT_ITEMS", "Urgent Items", "null");
        Fixtures.item(c.meetingId(), "DISCLOSURES", "Disclosures by Members and Officers", "null");
        Fixtures.post("/api/v1/meetings/{id}/items", """
                {"kind":"SUBSTANTIVE","title":"Grant bid","interests":[{"councillorId":"%s","nature":"Trustee of the applicant"}]}"""
                .formatted(c.id("Joy")), c.meetingId()).then().statusCode(201).body("minuteNumber", equalTo(3));
        Fixtures.post("/api/v1/meetings/{id}/items", "{\"kind\":\"SUBSTANTIVE\",\"title\":\"Needle finds\",\"urgent\":true}", c.meetingId())
                .then().statusCode(201).body("minuteNumber", equalTo(4));
        String lost = Fixtures.item(c.meetingId(), "SUBSTANTIVE", "Lost", "null");
        String tied = Fixtures.item(c.meetingId(), "SUBSTANTIVE", "Tied", "null");
        Fixtures.decide(c.meetingId(), lost, VotingTest.counts("\"votesFor\":2,\"votesAgainst\":7")).then().statusCode(201);
        Fixtures.decide(c.meetingId(), tied, VotingTest.counts("\"votesFor\":4,\"votesAgainst\":4,\"abstentions\":1,\"castingVote\":\"AGAINST\""))
                .then().statusCode(201).body("outcome", equalTo("LOST"));

        Document doc = minutes(c.meetingId());
        assertEquals("The Chairman agreed that minute 4 (Needle finds) should be taken as an urgent item.",
                xpath(doc, "//*[@id='minute-1']//*[local-name()='p']"));
        assertEquals("Councillor Joy disclosed an interest in minute 3 (Grant bid): Trustee of the applicant.",
                xpath(doc, "//*[@id='minute-2']//*[local-name()='p']"));
        assertEquals("The motion was lost: That the report be noted.", xpath(doc, "//*[@id='minute-5']//*[@class='motion-lost']"));
        assertEquals("", xpath(doc, "//*[@id='minute-5']//*[@class='resolution']"), "a lost motion resolved nothing");
        assertEquals("Voting: For – 2, Against – 7, Abstentions – 0", xpath(doc, "//*[@id='minute-5']//*[@class='voting']"));
        assertEquals("The motion was lost: That the report be noted.", xpath(doc, "//*[@id='minute-6']//*[@class='motion-lost']"));
        assertEquals("Voting: For – 4, Against – 4, Abstentions – 1 (lost on the Chairman's casting vote)",
                xpath(doc, "//*[@id='minute-6']//*[@class='voting']"));
    }

    @Test
    void aTieCarriedOnTheCastingVoteIsResolvedAndAMeetingWithoutDisclosuresSaysSo() throws Exception {
        Fixtures.setClock(clock, "2019-02-12T20:00:00Z");
        Fixtures.Committee c = Fixtures.committeeOf12February2019();
        Fixtures.item(c.meetingId(), "URGENT_ITEMS", "Urgent Items", "null");
        Fixtures.item(c.meetingId(), "DISCLOSURES", "Disclosures by Members and Officers", "null");
        String tied = Fixtures.item(c.meetingId(), "SUBSTANTIVE", "Tied", "null");
        Fixtures.decide(c.meetingId(), tied, VotingTest.counts("\"votesFor\":4,\"votesAgainst\":4,\"abstentions\":1,\"castingVote\":\"FOR\""))
                .then().statusCode(201);
        Document doc = minutes(c.meetingId());
        assertEquals("There were no urgent items.", xpath(doc, "//*[@id='minute-1']//*[local-name()='p']"));
        assertEquals("There were no disclosures by Members or Officers.", xpath(doc, "//*[@id='minute-2']//*[local-name()='p']"));
        assertEquals("RESOLVED: That the report be noted.", xpath(doc, "//*[@id='minute-3']//*[@class='resolution']"));
        assertEquals("Voting: For – 4, Against – 4, Abstentions – 1 (carried on the Chairman's casting vote)",
                xpath(doc, "//*[@id='minute-3']//*[@class='voting']"));
    }

    @Test
    void theCalendarFeedOfMeetingsAndDeadlinesParsesAsICalendar() {
        Fixtures.setClock(clock, "2019-02-12T20:00:00Z");
        Fixtures.Committee c = Fixtures.committeeOf12February2019();
        String item = Fixtures.item(c.meetingId(), "SUBSTANTIVE", "2019 - 20 Strategic Assessment", "null");
        Fixtures.decide(c.meetingId(), item, Fixtures.unanimous("That the priorities be endorsed; with thanks, to all \\\\ officers.",
                "DECIDES", null, "NOTE")).then().statusCode(201);

        Response ics = given().auth().oauth2(OFFICER).queryParam("bodyId", c.bodyId()).get("/api/v1/calendar.ics");
        ics.then().statusCode(200).contentType("text/calendar");
        String text = new String(ics.asByteArray(), StandardCharsets.UTF_8);
        List<String[]> props = parse(text);
        assertEquals("BEGIN:VCALENDAR", props.get(0)[0] + ":" + props.get(0)[1]);
        List<String> starts = new ArrayList<>();
        List<String> summaries = new ArrayList<>();
        for (String[] p : props) {
            if (p[0].startsWith("DTSTART")) {
                starts.add(p[0] + ":" + p[1]);
            }
            if (p[0].equals("SUMMARY")) {
                summaries.add(p[1]);
            }
        }
        Map<String, String> calendar = props.stream().takeWhile(p -> !p[0].equals("BEGIN") || p[1].equals("VCALENDAR"))
                .collect(Collectors.toMap(p -> p[0], p -> p[1], (a, b) -> a));
        assertTrue(calendar.get("X-WR-CALNAME").matches("Communities\\\\, Housing and Environment Committee \\S+: meetings and deadlines"),
                "named after its body: " + calendar.get("X-WR-CALNAME"));
        assertEquals(calendar.get("X-WR-CALNAME"), calendar.get("NAME"));
        assertEquals("PT1H", calendar.get("REFRESH-INTERVAL;VALUE=DURATION"), "subscribed applications are told to fetch it hourly");
        assertEquals("PT1H", calendar.get("X-PUBLISHED-TTL"));
        assertTrue(starts.contains("DTSTART:20190212T183000Z"), starts.toString());
        assertTrue(starts.contains("DTSTART;VALUE=DATE:20190226"), starts.toString());
        assertTrue(summaries.stream().anyMatch(s -> s.startsWith("Communities\\, Housing and Environment Committee")), summaries.toString());
        assertTrue(summaries.stream().anyMatch(s -> s.startsWith("Referral deadline: minute 1\\, ")), summaries.toString());
    }

    @Test
    void aLongHistoryLeavesOutTheOldestMeetingsNeverTheUpcomingOnes() throws Exception {
        String body = Fixtures.body("Twenty Years Committee", "COMMITTEE", false);
        try (var connection = dataSource.getConnection(); var insert = connection.prepareStatement("""
                INSERT INTO meeting (id, body_id, meeting_date, start_time, location, status, municipal_year, minutes_status, created_at)
                SELECT gen_random_uuid(), ?::uuid, DATE '2000-01-01' + n, TIME '18:30', 'Town Hall', 'SCHEDULED', '1999-00', 'DRAFT', now()
                FROM generate_series(0, 2000) AS n""")) {
            insert.setString(1, body);
            assertEquals(2001, insert.executeUpdate());
        }

        String text = given().auth().oauth2(OFFICER).queryParam("bodyId", body).get("/api/v1/calendar.ics")
                .then().statusCode(200).extract().asString();
        List<String> starts = parse(text).stream().filter(p -> p[0].equals("DTSTART")).map(p -> p[1]).toList();
        assertEquals(2000, starts.size(), "at most 2000 meetings in one feed");
        assertEquals("20000102T183000Z", starts.get(0), "the oldest is left out");
        assertEquals("20050623T173000Z", starts.get(starts.size() - 1), "the latest is kept (18:30 British Summer Time)");
    }

    @Test
    void aMovedMeetingIsANewerRevisionOfTheSameEvent() {
        Fixtures.setClock(clock, "2019-02-12T20:00:00Z");
        String body = Fixtures.body("Revision Committee", "COMMITTEE", false);
        String meeting = Fixtures.meeting(body, "2019-03-19");
        Map<String, String> before = meetingEvent(body, meeting);
        Fixtures.put("/api/v1/meetings/{id}", Fixtures.etag("/api/v1/meetings/{id}", meeting), """
                {"date":"2019-03-26","startTime":"18:30","endTime":"19:30","location":"Town Hall, High Street, Maidstone","status":"SCHEDULED"}""",
                meeting).then().statusCode(200);
        Map<String, String> after = meetingEvent(body, meeting);

        assertEquals("20190319T183000Z", before.get("DTSTART"));
        assertEquals("20190326T183000Z", after.get("DTSTART"));
        assertTrue(Long.parseLong(after.get("SEQUENCE")) > Long.parseLong(before.get("SEQUENCE")),
                "the same UID with a higher SEQUENCE: " + before.get("SEQUENCE") + " then " + after.get("SEQUENCE"));
    }

    static Map<String, String> meetingEvent(String bodyId, String meetingId) {
        String text = given().auth().oauth2(OFFICER).queryParam("bodyId", bodyId).get("/api/v1/calendar.ics")
                .then().statusCode(200).extract().asString();
        Map<String, String> event = new HashMap<>();
        for (String[] p : parse(text)) {
            if (p[0].equals("BEGIN") && p[1].equals("VEVENT")) {
                event.clear();
            } else if (p[0].equals("END") && p[1].equals("VEVENT") && event.get("UID").startsWith("meeting-" + meetingId)) {
                return Map.copyOf(event);
            } else {
                event.put(p[0], p[1]);
            }
        }
        throw new AssertionError("no event for meeting " + meetingId);
    }

    /** A strict reading of RFC 5545: CRLF lines of at most 75 octets, unfolded, NAME[;PARAMS]:VALUE, nested BEGIN/END. */
    static List<String[]> parse(String text) {
        assertTrue(text.endsWith("\r\n"), "lines end in CRLF");
        List<String> lines = new ArrayList<>();
        for (String raw : text.split("\r\n", -1)) {
            assertTrue(raw.getBytes(StandardCharsets.UTF_8).length <= 75, "line longer than 75 octets: " + raw);
            assertTrue(!raw.contains("\n") && !raw.contains("\r"), "bare line break in " + raw);
            if (raw.startsWith(" ")) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + raw.substring(1));
            } else if (!raw.isEmpty()) {
                lines.add(raw);
            }
        }
        Deque<String> open = new ArrayDeque<>();
        Set<String> uids = new HashSet<>();
        List<String[]> props = new ArrayList<>();
        Set<String> seenInEvent = new HashSet<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            assertTrue(colon > 0, "no name:value in " + line);
            String name = line.substring(0, colon);
            String value = line.substring(colon + 1);
            assertTrue(name.matches("[A-Z-]+(;[A-Z-]+=[^;:]+)*"), "bad property name " + name);
            props.add(new String[] {name, value});
            if (name.equals("BEGIN")) {
                open.push(value);
                seenInEvent.clear();
            } else if (name.equals("END")) {
                if (value.equals("VEVENT")) {
                    assertTrue(seenInEvent.containsAll(Set.of("UID", "DTSTAMP", "DTSTART")), "VEVENT lacks UID/DTSTAMP/DTSTART: " + seenInEvent);
                }
                assertEquals(open.pop(), value, "END does not match BEGIN");
            } else {
                assertTrue(!open.isEmpty(), name + " outside VCALENDAR");
                seenInEvent.add(name.split(";")[0]);
                if (name.equals("UID")) {
                    assertTrue(uids.add(value), "duplicate UID " + value);
                }
                if (name.startsWith("DTSTART") || name.startsWith("DTEND") || name.equals("DTSTAMP")) {
                    assertTrue(value.matches("\\d{8}(T\\d{6}Z)?"), "bad date-time " + value);
                }
            }
        }
        assertTrue(open.isEmpty(), "unclosed " + open);
        return props;
    }
}
