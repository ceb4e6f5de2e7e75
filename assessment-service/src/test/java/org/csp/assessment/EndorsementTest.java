package org.csp.assessment;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csp.platform.testing.AsyncApiContract;
import org.csp.platform.testing.KafkaTestClient;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Governance's decision-effective (ENDORSE of a strategic assessment) makes a published assessment ENDORSED. */
@QuarkusTest
class EndorsementTest {

    static final String TOPIC = "csp.governance.events";

    static Map<String, String> headers(String eventId) {
        Map<String, String> headers = new HashMap<>();
        headers.put("ce_id", eventId);
        headers.put("ce_source", "/csp/governance-service");
        headers.put("ce_specversion", "1.0");
        headers.put("ce_type", "org.csp.governance.decision-effective.v1");
        headers.put("ce_time", "2019-02-27T00:00:00Z");
        headers.put("content-type", "application/json");
        headers.put("ce_actor", "clerk@maidstone.test");
        return headers;
    }

    static String decision(String decisionId, String subjectType, String subjectId, String action) {
        return """
                {"decisionId":"%s","meetingId":"%s","meetingDate":"2019-02-12","bodyName":"Communities, Housing and Environment Committee",
                 "minuteNumber":"148","resolution":"That the priorities of the 2019-20 Strategic Assessment be endorsed","outcome":"UNANIMOUS",
                 "subject":{"type":"%s","id":"%s"},"action":"%s","referralDeadline":"2019-02-26","effectiveAt":"2019-02-27T00:00:00Z"}"""
                .formatted(decisionId, UUID.randomUUID(), subjectType, subjectId, action);
    }

    static String status(String id) {
        return given().auth().oauth2(TestTokens.officer()).get("/api/v1/assessments/{id}", id).then().statusCode(200)
                .extract().path("status");
    }

    static String published() {
        String id = AssessmentPublishingTest.create(Fixtures.uniqueArea()).then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.officer()).header("If-Match", "\"0\"").post("/api/v1/assessments/{id}/publish", id)
                .then().statusCode(200);
        return id;
    }

    @Test
    void anEffectiveEndorsementMakesItEndorsedOnceAndAnnouncesIt() {
        String id = published();
        String decisionId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        // a recommendation about the same assessment is not an endorsement: ignored
        KafkaTestClient.send(TOPIC, decisionId, headers(UUID.randomUUID().toString()),
                decision(decisionId, "strategic-assessment", id, "NOTE"));
        KafkaTestClient.send(TOPIC, decisionId, headers(eventId), decision(decisionId, "strategic-assessment", id, "ENDORSE"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "ENDORSED".equals(status(id)));
        KafkaTestClient.send(TOPIC, decisionId, headers(eventId), decision(decisionId, "strategic-assessment", id, "ENDORSE"));
        // a marker endorsement sent after the duplicate: once it is applied, the duplicate was consumed before it
        String marker = published();
        String markerDecision = UUID.randomUUID().toString();
        KafkaTestClient.send(TOPIC, decisionId, headers(UUID.randomUUID().toString()),
                decision(markerDecision, "strategic-assessment", marker, "ENDORSE"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "ENDORSED".equals(status(marker)));

        ConsumerRecord<String, String> endorsed = KafkaTestClient.awaitRecord("csp.assessment.events",
                r -> id.equals(r.key()) && "org.csp.assessment.assessment-endorsed.v1".equals(KafkaTestClient.header(r, "ce_type")),
                Duration.ofSeconds(30));
        JsonPath payload = new JsonPath(endorsed.value());
        AsyncApiContract.assertValid("assessment", endorsed);
        assertEquals(id, payload.getString("assessmentId"));
        assertEquals(decisionId, payload.getString("decisionId"));
        assertEquals("2019-02-27T00:00:00Z", payload.getString("endorsedAt"));
        assertEquals("2019-20", payload.getString("financialYear"));
        assertEquals("clerk@maidstone.test", KafkaTestClient.header(endorsed, "ce_actor"));
        given().auth().oauth2(TestTokens.councillor()).get("/api/v1/assessments/{id}", id).then().statusCode(200)
                .body("endorsedByDecision", org.hamcrest.Matchers.equalTo(decisionId));
        assertEquals(1, KafkaTestClient.readAll("csp.assessment.events", r -> id.equals(r.key())
                && "org.csp.assessment.assessment-endorsed.v1".equals(KafkaTestClient.header(r, "ce_type")), Duration.ofSeconds(3), 2).size());
    }

    @Test
    void anEndorsementOfAnUnknownOrDraftAssessmentIsDeadLetteredWithItsReason() {
        String unknown = UUID.randomUUID().toString();
        String unknownEvent = UUID.randomUUID().toString();
        KafkaTestClient.send(TOPIC, unknown, headers(unknownEvent), decision(UUID.randomUUID().toString(), "strategic-assessment", unknown, "ENDORSE"));
        String draft = AssessmentPublishingTest.create(Fixtures.uniqueArea()).then().statusCode(201).extract().path("id");
        String draftEvent = UUID.randomUUID().toString();
        KafkaTestClient.send(TOPIC, draft, headers(draftEvent), decision(UUID.randomUUID().toString(), "strategic-assessment", draft, "ENDORSE"));

        ConsumerRecord<String, String> dead = KafkaTestClient.awaitRecord("csp.assessment.dlq",
                r -> unknownEvent.equals(KafkaTestClient.header(r, "ce_id")), Duration.ofSeconds(30));
        assertTrue(KafkaTestClient.header(dead, "dead-letter-reason").contains("does not exist"));
        ConsumerRecord<String, String> notPublished = KafkaTestClient.awaitRecord("csp.assessment.dlq",
                r -> draftEvent.equals(KafkaTestClient.header(r, "ce_id")), Duration.ofSeconds(30));
        assertTrue(KafkaTestClient.header(notPublished, "dead-letter-reason").contains("only a PUBLISHED assessment can be endorsed"));
        assertEquals("DRAFT", status(draft));
    }
}
