package org.csp.governance;

import static io.restassured.RestAssured.given;
import static org.csp.governance.Fixtures.OFFICER;
import static org.csp.governance.Fixtures.decide;
import static org.csp.governance.Fixtures.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csp.platform.testing.AsyncApiContract;
import org.csp.platform.testing.KafkaTestClient;
import org.csp.platform.time.PlatformClock;
import org.junit.jupiter.api.Test;

/** The meeting of 12 February 2019 recorded as the minutes have it: minutes 138 to 149, the unanimous endorsement, 26 February. */
@QuarkusTest
class SeedMeetingTest {

    static final String[][] STANDARD_ITEMS = {
            {"APOLOGIES", "Apologies for Absence"}, {"SUBSTITUTES", "Notification of Substitute Members"},
            {"URGENT_ITEMS", "Urgent Items"}, {"VISITING_MEMBERS", "Notification of Visiting Members"},
            {"DISCLOSURES", "Disclosures by Members and Officers"}, {"LOBBYING", "Disclosures of Lobbying"},
            {"EXEMPT_INFORMATION", "To consider whether any items should be taken in private because of the possible disclosure of exempt information."},
            {"PREVIOUS_MINUTES", "Minutes of the Meeting Held on 25 September 2018"}, {"PETITIONS", "Presentation of Petitions (if any)"},
            {"PUBLIC_QUESTIONS", "Questions and Answer Session for Members of the Public (if any)"}};

    @Inject
    PlatformClock clock;

    /** Records minutes 138 to 149 and returns the id of minute 148, about the given assessment. */
    static String recordItems(String meetingId, String assessmentId) {
        String first = post("/api/v1/meetings/{id}/items", """
                {"kind":"APOLOGIES","title":"Apologies for Absence","minuteNumber":138}""", meetingId)
                .then().statusCode(201).body("minuteNumber", equalTo(138)).body("municipalYear", equalTo("2018-19")).extract().path("id");
        assertEquals(36, first.length());
        for (int i = 1; i < STANDARD_ITEMS.length; i++) {
            post("/api/v1/meetings/{id}/items", "{\"kind\":\"%s\",\"title\":\"%s\"}".formatted(STANDARD_ITEMS[i][0], STANDARD_ITEMS[i][1]),
                    meetingId).then().statusCode(201).body("minuteNumber", equalTo(138 + i));
        }
        String item148 = post("/api/v1/meetings/{id}/items", """
                {"kind":"SUBSTANTIVE","title":"2019 - 20 Strategic Assessment",
                 "notes":"Mr Matt Roberts, Community Partnerships & Resilience Manager, addressed the Committee.\\n\\nSexual Offences (All) had increased by the highest percentage (48.2%%); 15%% of all crime was related to Domestic Abuse.",
                 "subject":{"type":"strategic-assessment","id":"%s"}}""".formatted(assessmentId), meetingId)
                .then().statusCode(201).body("minuteNumber", equalTo(148)).extract().path("id");
        post("/api/v1/meetings/{id}/items", "{\"kind\":\"DURATION\",\"title\":\"Duration of Meeting\"}", meetingId)
                .then().statusCode(201).body("minuteNumber", equalTo(149));
        return item148;
    }

    static final String ENDORSEMENT = "That the priorities recommended by the 2019 Strategic Assessment be endorsed for adoption by the "
            + "Safer Maidstone Partnership for inclusion within the Community Safety Plan for 2019-20.";

    @Test
    void theUnanimousEndorsementOf12February2019CanBeReferredUntil26February2019() {
        Fixtures.setClock(clock, "2019-02-12T20:00:00Z");
        Fixtures.Committee committee = Fixtures.committeeOf12February2019();
        String assessmentId = UUID.randomUUID().toString();
        String item148 = recordItems(committee.meetingId(), assessmentId);

        String decisionId = decide(committee.meetingId(), item148, Fixtures.unanimous(ENDORSEMENT, "DECIDES", null, "ENDORSE"))
                .then().statusCode(201)
                .body("outcome", equalTo("UNANIMOUS")).body("votesFor", equalTo(9)).body("minuteNumber", equalTo("148"))
                .body("status", equalTo("OPEN")).body("referralDeadline", equalTo("2019-02-26"))
                .body("windowClosesAt", equalTo("2019-02-27T00:00:00Z"))
                .body("subject.type", equalTo("strategic-assessment")).body("subject.id", equalTo(assessmentId))
                .extract().path("id");

        ConsumerRecord<String, String> recorded = KafkaTestClient.awaitRecord("csp.governance.events",
                Fixtures.decisionEvent(decisionId, null), Duration.ofSeconds(30));
        assertEquals("org.csp.governance.decision-recorded.v1", KafkaTestClient.header(recorded, "ce_type"));
        AsyncApiContract.assertValid("governance", recorded);
        assertEquals("decision/" + decisionId, KafkaTestClient.header(recorded, "ce_subject"));
        assertEquals(assessmentId, recorded.key(), "keyed by the assessment it decides on");
        assertEquals("officer@maidstone.test", KafkaTestClient.header(recorded, "ce_actor"));
        JsonPath payload = new JsonPath(recorded.value());
        assertEquals(committee.meetingId(), payload.getString("meetingId"));
        assertEquals("2019-02-12", payload.getString("meetingDate"));
        assertEquals("148", payload.getString("minuteNumber"));
        assertEquals("UNANIMOUS", payload.getString("outcome"));
        assertEquals("ENDORSE", payload.getString("action"));
        assertEquals("strategic-assessment", payload.getString("subject.type"));
        assertEquals("2019-02-26", payload.getString("referralDeadline"));
        assertNull(payload.get("effectiveAt"));
        assertEquals(ENDORSEMENT, payload.getString("resolution"));

        given().auth().oauth2(OFFICER).get("/api/v1/meetings/{id}/items?size=50", committee.meetingId()).then().statusCode(200)
                .body("items.minuteNumber", contains(138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149))
                .body("items[10].decisionId", equalTo(decisionId));
        given().auth().oauth2(OFFICER).get("/api/v1/meetings/{id}", committee.meetingId()).then().statusCode(200)
                .body("chairId", equalTo(committee.id("D Mortimer")))
                .body("attendance.find { it.kind == 'SUBSTITUTE' }.substituteForId", equalTo(committee.id("Rose")))
                .body("attendance.find { it.kind == 'SUBSTITUTE' }.name", equalTo("Springett"));
        given().auth().oauth2(OFFICER).queryParam("bodyId", committee.bodyId()).queryParam("awaitingEffect", true)
                .get("/api/v1/decisions").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(decisionId));
    }

    @Test
    void minuteNumbersRunOnWithoutGapsAcrossTheMunicipalYearAndStartAgainInMay() {
        Fixtures.setClock(clock, "2019-02-12T20:00:00Z");
        String body = Fixtures.body("Numbering Committee", "COMMITTEE", false);
        String september = Fixtures.meeting(body, "2018-09-25");
        String february = Fixtures.meeting(body, "2019-02-12");
        String june = Fixtures.meeting(body, "2019-06-18");
        post("/api/v1/meetings/{id}/items", "{\"kind\":\"APOLOGIES\",\"title\":\"Apologies\",\"minuteNumber\":60}", september)
                .then().statusCode(201).body("minuteNumber", equalTo(60));
        post("/api/v1/meetings/{id}/items", "{\"kind\":\"APOLOGIES\",\"title\":\"Apologies\"}", february)
                .then().statusCode(201).body("minuteNumber", equalTo(61));
        post("/api/v1/meetings/{id}/items", "{\"kind\":\"URGENT_ITEMS\",\"title\":\"Urgent\",\"minuteNumber\":61}", february)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://csp.example.org/problems/minute-number-out-of-sequence"))
                .body("nextMinuteNumber", equalTo(62));
        post("/api/v1/meetings/{id}/items", "{\"kind\":\"URGENT_ITEMS\",\"title\":\"Urgent\",\"minuteNumber\":500}", february)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://csp.example.org/problems/minute-number-out-of-sequence"))
                .body("nextMinuteNumber", equalTo(62));
        post("/api/v1/meetings/{id}/items", "{\"kind\":\"URGENT_ITEMS\",\"title\":\"Urgent\",\"minuteNumber\":62}", february)
                .then().statusCode(201).body("minuteNumber", equalTo(62));
        post("/api/v1/meetings/{id}/items", "{\"kind\":\"APOLOGIES\",\"title\":\"Apologies\"}", june)
                .then().statusCode(201).body("minuteNumber", equalTo(1)).body("municipalYear", equalTo("2019-20"));
    }
}
