package org.csp.governance;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.csp.governance.Fixtures.OFFICER;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.csp.platform.testing.KafkaTestClient;
import org.csp.platform.time.PlatformClock;
import org.junit.jupiter.api.Test;

/** The obligations calendar fed by events: drafted onto the right meeting, met when it is held, overdue when not. */
@QuarkusTest
class ObligationsTest {

    @Inject
    PlatformClock clock;

    static void send(String topic, String type, String key, String json) {
        Map<String, String> headers = new HashMap<>();
        headers.put("ce_id", UUID.randomUUID().toString());
        headers.put("ce_source", "/csp/test");
        headers.put("ce_specversion", "1.0");
        headers.put("ce_type", type);
        headers.put("ce_time", "2021-01-04T10:00:00Z");
        headers.put("content-type", "application/json");
        KafkaTestClient.send(topic, key, headers, json);
    }

    static JsonPath obligations(String sourceId, String extra) {
        return new JsonPath(given().auth().oauth2(OFFICER).queryParam("sourceId", sourceId).get("/api/v1/obligations?size=50" + extra)
                .then().statusCode(200).extract().asString());
    }

    static void award(String awardId, String obligationsJson) {
        send("csp.grant.events", "org.csp.grant.award-created.v1", awardId, """
                {"awardId":"%s","funder":"Police and Crime Commissioner","recipient":"Maidstone Borough Council","financialYear":"2020-21",
                 "amountPence":4000000,"tacticalPotPence":500000,"obligations":[%s]}""".formatted(awardId, obligationsJson));
    }

    @Test
    void anAwardsDutiesAreDraftedOntoTheLastMeetingBeforeTheyAreDueAndMetWhenItIsHeld() {
        Fixtures.setClock(clock, "2021-01-04T10:00:00Z");
        String committee = Fixtures.body("Crime and Disorder 2021", "COMMITTEE", true);
        String march = Fixtures.meeting(committee, "2021-03-16");
        String september = Fixtures.meeting(committee, "2021-09-14");
        String awardId = UUID.randomUUID().toString();
        award(awardId, """
                {"code":"pcc-proposal-report","description":"Proposals to the PCC for how the grant is to be spent","dueDate":"2021-03-31"},
                {"code":"september-progress-report","description":"Progress report to committee","dueDate":"2021-09-30"}""");
        await().atMost(Duration.ofSeconds(30)).until(() -> obligations(awardId, "").getInt("totalItems") == 2);
        JsonPath list = obligations(awardId, "");
        assertEquals("pcc-proposal-report", list.getString("items[0].code"));
        assertEquals(march, list.getString("items[0].meetingId"));
        assertEquals("SCHEDULED", list.getString("items[0].status"));
        assertEquals(september, list.getString("items[1].meetingId"));
        given().auth().oauth2(OFFICER).get("/api/v1/meetings/{id}/items", march).then().statusCode(200)
                .body("items.find { it.subject?.id == '%s' }.draftedFromObligation".formatted(awardId), equalTo(true))
                .body("items.find { it.subject?.id == '%s' }.title".formatted(awardId),
                        equalTo("Proposals to the PCC for how the grant is to be spent"))
                .body("items.find { it.subject?.id == '%s' }.subject.title".formatted(awardId),
                        equalTo("Police and Crime Commissioner grant 2020-21"));

        Fixtures.setClock(clock, "2021-03-16T20:00:00Z");
        Fixtures.hold(march, "2021-03-16");
        assertEquals("DONE", obligations(awardId, "").getString("items[0].status"));
        assertEquals("SCHEDULED", obligations(awardId, "").getString("items[1].status"));
    }

    static void cancel(String meetingId, String date) {
        Fixtures.put("/api/v1/meetings/{id}", Fixtures.etag("/api/v1/meetings/{id}", meetingId), """
                {"date":"%s","startTime":"18:30","endTime":"19:30","location":"Town Hall","status":"CANCELLED","cancellationReason":"Not quorate"}"""
                .formatted(date), meetingId).then().statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void aCouncilMeetingArrangedAfterAPlanWasRecommendedGetsItsAdoptionOnTheAgenda() {
        Fixtures.setClock(clock, "2027-01-04T10:00:00Z");
        String planId = UUID.randomUUID().toString();
        send("csp.plan.events", "org.csp.plan.plan-status-changed.v1", planId, """
                {"planId":"%s","title":"Community Safety Plan 2027-30","periodStart":"2027-04-01","periodEnd":"2030-03-31",
                 "fromStatus":"DRAFT","toStatus":"RECOMMENDED","decisionId":null}""".formatted(planId));
        await().atMost(Duration.ofSeconds(30)).until(() -> obligations(planId, "").getInt("totalItems") == 1);
        assertEquals("OPEN", obligations(planId, "").getString("items[0].status"));

        String committee = Fixtures.body("Crime and Disorder 2027", "COMMITTEE", true);
        Fixtures.meeting(committee, "2027-03-16");
        assertEquals("OPEN", obligations(planId, "").getString("items[0].status"), "a committee does not adopt the plan");
        String council = Fixtures.body("Council 2027", "COUNCIL", false);
        String april = Fixtures.meeting(council, "2027-04-14");
        JsonPath placed = obligations(planId, "");
        assertEquals("SCHEDULED", placed.getString("items[0].status"));
        assertEquals(april, placed.getString("items[0].meetingId"));
        assertEquals(council, placed.getString("items[0].bodyId"));
    }

    @Test
    void anObligationOnAMeetingThatIsCancelledMovesToTheNextSuitableMeetingOrIsOpenAgain() {
        Fixtures.setClock(clock, "2028-01-04T10:00:00Z");
        String committee = Fixtures.body("Crime and Disorder 2028", "COMMITTEE", true);
        String february = Fixtures.meeting(committee, "2028-02-15");
        String march = Fixtures.meeting(committee, "2028-03-21");
        String awardId = UUID.randomUUID().toString();
        award(awardId, "{\"code\":\"pcc-proposal-report\",\"description\":\"Proposals to the PCC\",\"dueDate\":\"2028-03-31\"}");
        await().atMost(Duration.ofSeconds(30)).until(() -> obligations(awardId, "").getInt("totalItems") == 1);
        JsonPath first = obligations(awardId, "");
        assertEquals(march, first.getString("items[0].meetingId"));
        String marchItem = first.getString("items[0].agendaItemId");

        cancel(march, "2028-03-21");
        JsonPath moved = obligations(awardId, "");
        assertEquals("SCHEDULED", moved.getString("items[0].status"));
        assertEquals(february, moved.getString("items[0].meetingId"));
        given().auth().oauth2(OFFICER).get("/api/v1/meetings/{id}/items", february).then().statusCode(200)
                .body("items.find { it.id == '%s' }.draftedFromObligation".formatted(moved.getString("items[0].agendaItemId")), equalTo(true));
        given().auth().oauth2(OFFICER).get("/api/v1/meetings/{m}/items/{i}", march, marchItem).then().statusCode(200)
                .body("notes", org.hamcrest.Matchers.containsString("cancelled"));

        cancel(february, "2028-02-15");
        JsonPath open = obligations(awardId, "");
        assertEquals("OPEN", open.getString("items[0].status"));
        assertEquals(null, open.getString("items[0].meetingId"));
        assertEquals(null, open.getString("items[0].agendaItemId"));
        assertEquals(null, open.getString("items[0].bodyId"));
    }

    static void move(String meetingId, String date) {
        Fixtures.put("/api/v1/meetings/{id}", Fixtures.etag("/api/v1/meetings/{id}", meetingId), """
                {"date":"%s","startTime":"18:30","endTime":"19:30","location":"Town Hall","status":"SCHEDULED"}"""
                .formatted(date), meetingId).then().statusCode(200).body("date", equalTo(date));
    }

    @Test
    void anObligationOnAMeetingMovedOutOfItsWindowMovesToTheNextSuitableMeetingOrIsOpenAgain() {
        Fixtures.setClock(clock, "2029-01-04T10:00:00Z");
        String committee = Fixtures.body("Crime and Disorder 2029", "COMMITTEE", true);
        String february = Fixtures.meeting(committee, "2029-02-13");
        String march = Fixtures.meeting(committee, "2029-03-20");
        String awardId = UUID.randomUUID().toString();
        award(awardId, "{\"code\":\"pcc-proposal-report\",\"description\":\"Proposals to the PCC\",\"dueDate\":\"2029-03-31\"}");
        await().atMost(Duration.ofSeconds(30)).until(() -> obligations(awardId, "").getInt("totalItems") == 1);
        JsonPath first = obligations(awardId, "");
        assertEquals(march, first.getString("items[0].meetingId"));
        String marchItem = first.getString("items[0].agendaItemId");

        // moved within the window: it stays
        move(march, "2029-03-27");
        assertEquals(march, obligations(awardId, "").getString("items[0].meetingId"));

        // moved past the due date: it goes to the next suitable meeting in its window
        move(march, "2029-04-17");
        JsonPath moved = obligations(awardId, "");
        assertEquals("SCHEDULED", moved.getString("items[0].status"));
        assertEquals(february, moved.getString("items[0].meetingId"));
        given().auth().oauth2(OFFICER).get("/api/v1/meetings/{m}/items/{i}", march, marchItem).then().statusCode(200)
                .body("notes", org.hamcrest.Matchers.containsString("went back to the calendar"));

        // and when that one moves out too, it is open again
        move(february, "2029-04-03");
        JsonPath open = obligations(awardId, "");
        assertEquals("OPEN", open.getString("items[0].status"));
        assertEquals(null, open.getString("items[0].meetingId"));

        // a meeting moved into the window takes it, as a new meeting would
        move(february, "2029-03-06");
        JsonPath back = obligations(awardId, "");
        assertEquals("SCHEDULED", back.getString("items[0].status"));
        assertEquals(february, back.getString("items[0].meetingId"));
        Fixtures.hold(march, "2029-04-17");
        assertEquals("SCHEDULED", obligations(awardId, "").getString("items[0].status"), "holding the meeting it left does not meet it");
    }

    @Test
    void anObligationWithNoMeetingBeforeItIsDueBecomesOverdueUntilMet() {
        Fixtures.setClock(clock, "2021-01-04T10:00:00Z");
        String awardId = UUID.randomUUID().toString();
        award(awardId, "{\"code\":\"pcc-return\",\"description\":\"Return to the PCC\",\"dueDate\":\"2021-02-01\"}");
        await().atMost(Duration.ofSeconds(30)).until(() -> obligations(awardId, "").getInt("totalItems") == 1);
        assertEquals("OPEN", obligations(awardId, "").getString("items[0].status"));
        assertEquals(0, obligations(awardId, "&overdue=true").getInt("totalItems"));

        Fixtures.setClock(clock, "2021-02-02T10:00:00Z");
        JsonPath overdue = obligations(awardId, "&overdue=true");
        assertEquals(1, overdue.getInt("totalItems"));
        assertTrue(overdue.getBoolean("items[0].overdue"));
        String id = overdue.getString("items[0].id");
        given().auth().oauth2(OFFICER).header("If-Match", Fixtures.etag("/api/v1/obligations/{id}", id))
                .post("/api/v1/obligations/{id}/completion", id).then().statusCode(200)
                .body("status", equalTo("DONE")).body("overdue", equalTo(false));
        assertEquals(0, obligations(awardId, "&overdue=true").getInt("totalItems"));
    }

    @Test
    void publishedAssessmentsAndPlansBecomeSubjectsAndTheYearlyScrutinyIsDue() {
        Fixtures.setClock(clock, "2021-01-04T10:00:00Z");
        String assessmentId = UUID.randomUUID().toString();
        String planId = UUID.randomUUID().toString();
        send("csp.assessment.events", "org.csp.assessment.assessment-published.v1", assessmentId, """
                {"assessmentId":"%s","areaCode":"maidstone","financialYear":"2021-22","title":"Strategic Assessment 2021-22",
                 "publishedAt":"2021-01-20T10:00:00Z","priorities":[]}""".formatted(assessmentId));
        send("csp.plan.events", "org.csp.plan.plan-status-changed.v1", planId, """
                {"planId":"%s","title":"Community Safety Plan 2021-24","periodStart":"2021-04-01","periodEnd":"2024-03-31",
                 "fromStatus":"DRAFT","toStatus":"RECOMMENDED","decisionId":null}""".formatted(planId));
        await().atMost(Duration.ofSeconds(30)).until(() -> obligations(assessmentId, "").getInt("totalItems") == 1
                && obligations(planId, "").getInt("totalItems") == 1);
        assertEquals("2021-03-21", obligations(assessmentId, "").getString("items[0].dueDate"));
        assertEquals("crime-and-disorder-scrutiny", obligations(assessmentId, "").getString("items[0].code"));
        assertEquals("plan-adoption-by-council", obligations(planId, "").getString("items[0].code"));
        JsonPath subjects = new JsonPath(given().auth().oauth2(Fixtures.OFFICER).get("/api/v1/subjects?size=200&type=community-safety-plan")
                .then().statusCode(200).extract().asString());
        assertTrue(subjects.getList("items.id").contains(planId));
        assertEquals("RECOMMENDED", subjects.getString("items.find { it.id == '" + planId + "' }.status"));
    }

    @Test
    void anAwardWhoseDutyHasNoDueDateIsDeadLetteredWithTheReason() {
        String awardId = UUID.randomUUID().toString();
        award(awardId, "{\"code\":\"pcc-return\",\"description\":\"Return to the PCC\"}");
        var dead = KafkaTestClient.awaitRecord("csp.governance.dlq", r -> awardId.equals(r.key()), Duration.ofSeconds(30));
        assertTrue(KafkaTestClient.header(dead, "dead-letter-reason").contains("without code or due date"));
        assertEquals(0, obligations(awardId, "").getInt("totalItems"));
    }
}
