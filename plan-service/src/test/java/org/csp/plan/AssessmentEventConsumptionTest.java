package org.csp.plan;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csp.platform.testing.KafkaTestClient;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The walking skeleton's consuming half: an assessment-published CloudEvent on the real broker becomes
 * proposals in plan-service's database, once however often it is delivered; poison is dead-lettered.
 */
@QuarkusTest
class AssessmentEventConsumptionTest {

    static final String TOPIC = "csp.assessment.events";
    static final String DLQ = "csp.plan.dlq";

    static Map<String, String> headers(String eventId, String type) {
        Map<String, String> headers = new HashMap<>();
        headers.put("ce_id", eventId);
        headers.put("ce_source", "/csp/assessment-service");
        headers.put("ce_specversion", "1.0");
        headers.put("ce_type", type);
        headers.put("ce_time", "2019-02-12T19:30:00Z");
        headers.put("content-type", "application/json");
        headers.put("ce_actor", "officer@maidstone.test");
        return headers;
    }

    static String payload(String assessmentId, String... recommendationIds) {
        StringBuilder priorities = new StringBuilder();
        for (int i = 0; i < recommendationIds.length; i++) {
            priorities.append(i == 0 ? "" : ",").append("""
                    {"recommendationId":"%s","position":%d,"title":"Priority %d","rationale":"evidence %d"}"""
                    .formatted(recommendationIds[i], i + 1, i + 1, i + 1));
        }
        return """
                {"assessmentId":"%s","areaCode":"maidstone","financialYear":"2019-20","title":"SA 2019-20",
                 "publishedAt":"2019-01-20T10:00:00Z","priorities":[%s],"aFieldFromTheFuture":true}"""
                .formatted(assessmentId, priorities);
    }

    static int proposalsFor(String assessmentId) {
        return given().auth().oauth2(TestTokens.officer()).queryParam("assessmentId", assessmentId)
                .get("/api/v1/proposals").then().statusCode(200).extract().path("totalItems");
    }

    @Test
    void aPublishedAssessmentBecomesProposalsOnceEvenWhenDeliveredTwice() {
        String assessmentId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String body = payload(assessmentId, UUID.randomUUID().toString(), UUID.randomUUID().toString());
        Map<String, String> headers = headers(eventId, "org.csp.assessment.assessment-published.v1");

        KafkaTestClient.send(TOPIC, assessmentId, headers, body);
        await().atMost(Duration.ofSeconds(30)).until(() -> proposalsFor(assessmentId) == 2);

        KafkaTestClient.send(TOPIC, assessmentId, headers, body);
        // a marker event sent after the duplicate: once it is applied, the duplicate was consumed before it
        String marker = UUID.randomUUID().toString();
        KafkaTestClient.send(TOPIC, assessmentId, headers(UUID.randomUUID().toString(),
                "org.csp.assessment.assessment-published.v1"), payload(marker, UUID.randomUUID().toString()));
        await().atMost(Duration.ofSeconds(30)).until(() -> proposalsFor(marker) == 1);
        assertEquals(2, proposalsFor(assessmentId));
        given().auth().oauth2(TestTokens.officer()).queryParam("assessmentId", assessmentId).get("/api/v1/proposals")
                .then().body("items[0].status", equalTo("PENDING")).body("items[0].financialYear", equalTo("2019-20"));
    }

    @Test
    void poisonMessagesAreDeadLetteredWithTheirReasonAndTheConsumerGoesOn() {
        String key = UUID.randomUUID().toString();
        String badJson = UUID.randomUUID().toString();
        String unknownVersion = UUID.randomUUID().toString();
        String noHeaders = UUID.randomUUID().toString();
        KafkaTestClient.send(TOPIC, key, headers(badJson, "org.csp.assessment.assessment-published.v1"), "{not json");
        KafkaTestClient.send(TOPIC, key, headers(unknownVersion, "org.csp.assessment.assessment-published.v9"),
                payload(UUID.randomUUID().toString(), UUID.randomUUID().toString()));
        KafkaTestClient.send(TOPIC, key, Map.of("marker", noHeaders), "{}");

        String after = UUID.randomUUID().toString();
        KafkaTestClient.send(TOPIC, key, headers(UUID.randomUUID().toString(), "org.csp.assessment.assessment-published.v1"),
                payload(after, UUID.randomUUID().toString()));
        await().atMost(Duration.ofSeconds(30)).until(() -> proposalsFor(after) == 1);

        ConsumerRecord<String, String> jsonDead = KafkaTestClient.awaitRecord(DLQ,
                r -> badJson.equals(KafkaTestClient.header(r, "ce_id")), Duration.ofSeconds(30));
        assertTrue(KafkaTestClient.header(jsonDead, "dead-letter-reason").contains("not valid JSON"));
        ConsumerRecord<String, String> versionDead = KafkaTestClient.awaitRecord(DLQ,
                r -> unknownVersion.equals(KafkaTestClient.header(r, "ce_id")), Duration.ofSeconds(30));
        assertTrue(KafkaTestClient.header(versionDead, "dead-letter-reason").contains("unsupported version 9"));
        ConsumerRecord<String, String> headerDead = KafkaTestClient.awaitRecord(DLQ,
                r -> noHeaders.equals(KafkaTestClient.header(r, "marker")), Duration.ofSeconds(30));
        assertTrue(KafkaTestClient.header(headerDead, "dead-letter-reason").contains("missing CloudEvents header ce_id"));
    }

    @Test
    void eventTypesThisServiceDoesNotReadAreIgnored() {
        String key = UUID.randomUUID().toString();
        KafkaTestClient.send(TOPIC, key, headers(UUID.randomUUID().toString(), "org.csp.assessment.statistics-imported.v1"),
                "{\"anything\":1}");
        String after = UUID.randomUUID().toString();
        KafkaTestClient.send(TOPIC, key, headers(UUID.randomUUID().toString(), "org.csp.assessment.assessment-published.v1"),
                payload(after, UUID.randomUUID().toString()));
        await().atMost(Duration.ofSeconds(30)).until(() -> proposalsFor(after) == 1);
        assertTrue(KafkaTestClient.readAll(DLQ, r -> key.equals(r.key()), Duration.ofSeconds(2), 1).isEmpty());
    }
}
