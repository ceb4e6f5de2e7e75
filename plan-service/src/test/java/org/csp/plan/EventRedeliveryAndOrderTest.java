package org.csp.plan;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csp.platform.testing.KafkaTestClient;
import org.junit.jupiter.api.Test;

/**
 * What plan does with the events it reads when they come again under a new event id, late, or naming what it cannot
 * use: each ends applied once, or dead-lettered with the reason, and never changes a plan twice.
 */
@QuarkusTest
class EventRedeliveryAndOrderTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String PUBLISHED = "org.csp.assessment.assessment-published.v1";

    @Inject
    EntityManager em;

    boolean applied(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from inbox_processed_event where consumer = 'plan' and event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue()) == 1;
    }

    static int audited(String planId, String action) {
        List<String> actions = given().auth().oauth2(PlanFixtures.officer()).queryParam("resourceType", "plan")
                .queryParam("resourceId", planId).queryParam("size", 100).get("/api/v1/audit")
                .then().statusCode(200).extract().path("items.action");
        return (int) actions.stream().filter(action::equals).count();
    }

    static String deadLetterReason(String eventId) {
        ConsumerRecord<String, String> dead = KafkaTestClient.awaitRecord(PlanFixtures.DLQ,
                r -> eventId.equals(KafkaTestClient.header(r, "ce_id")), WAIT);
        return KafkaTestClient.header(dead, "dead-letter-reason");
    }

    /** Sends assessment-published v1 with the given event id; returns it. */
    static String publish(String eventId, String assessmentId, String area, String financialYear, Map<String, String> priorities) {
        StringBuilder list = new StringBuilder();
        int position = 0;
        for (Map.Entry<String, String> priority : priorities.entrySet()) {
            list.append(position == 0 ? "" : ",").append("""
                    {"recommendationId":"%s","position":%d,"title":"%s","rationale":"Evidence for %s","categoryCodes":[],"evidence":[]}"""
                    .formatted(priority.getKey(), ++position, priority.getValue(), priority.getValue()));
        }
        Map<String, String> headers = PlanFixtures.headers(PUBLISHED, "/csp/assessment-service");
        headers.put("ce_id", eventId);
        KafkaTestClient.send(PlanFixtures.ASSESSMENT_TOPIC, assessmentId, headers, """
                {"assessmentId":"%s","areaCode":%s,"financialYear":"%s","title":"Strategic Assessment %s",
                 "publishedAt":"2020-01-20T10:00:00Z","priorities":[%s]}"""
                .formatted(assessmentId, area == null ? "null" : "\"" + area + "\"", financialYear, financialYear, list));
        return eventId;
    }

    static int proposals(String assessmentId) {
        return ProposalsFromEvidenceTest.proposals(assessmentId).extract().path("totalItems");
    }

    static boolean refreshRequired(String planId) {
        return given().auth().oauth2(PlanFixtures.officer()).get("/api/v1/plans/{id}", planId).then().statusCode(200)
                .extract().path("refreshRequired");
    }

    @Test
    void aDecisionAlreadyAppliedThatComesAgainUnderANewEventIdChangesNothing() {
        String plan = PlanFixtures.plan2019(PlanFixtures.unique("area"), null);
        PlanFixtures.theme(plan, "Reduce the harm caused by domestic abuse", PlanFixtures.group("DAF", "SUB_GROUP"));
        String recommendation = UUID.randomUUID().toString();
        String adoption = UUID.randomUUID().toString();
        PlanFixtures.decision(plan, "RECOMMEND", recommendation);
        await().atMost(WAIT).until(() -> "RECOMMENDED".equals(PlanFixtures.status(plan)));

        String again = PlanFixtures.decision(plan, "RECOMMEND", recommendation);
        await().atMost(WAIT).until(() -> applied(again));
        assertEquals("RECOMMENDED", PlanFixtures.status(plan));
        assertEquals(1, audited(plan, "plan.recommended"));

        PlanFixtures.decision(plan, "ADOPT", adoption);
        await().atMost(WAIT).until(() -> "ADOPTED".equals(PlanFixtures.status(plan)));
        String adoptedAgain = PlanFixtures.decision(plan, "ADOPT", adoption);
        String recommendedAgain = PlanFixtures.decision(plan, "RECOMMEND", recommendation);
        await().atMost(WAIT).until(() -> applied(adoptedAgain) && applied(recommendedAgain));
        assertEquals("ADOPTED", PlanFixtures.status(plan));
        assertEquals(1, audited(plan, "plan.adopted"));
        assertEquals(1, audited(plan, "plan.recommended"));
        given().auth().oauth2(PlanFixtures.officer()).get("/api/v1/plans/{id}", plan).then()
                .body("recommendedDecisionId", equalTo(recommendation)).body("adoptedDecisionId", equalTo(adoption));

        // another decision to recommend the plan, after it was adopted, is out of order: dead-lettered with the reason
        String another = PlanFixtures.decision(plan, "RECOMMEND");
        assertTrue(deadLetterReason(another).contains("is ADOPTED"));
        assertEquals("ADOPTED", PlanFixtures.status(plan));
    }

    @Test
    void anAssessmentThatComesAgainUnderANewEventIdDoesNotReopenARefreshTheOfficerClosed() {
        String area = PlanFixtures.unique("area");
        String lead = PlanFixtures.group("Community Youth Safety Group", "SUB_GROUP");
        String plan = PlanFixtures.plan2019(area, null);
        PlanFixtures.theme(plan, "Keeping children and young people safe", lead);
        PlanLifecycleTest.adoptThroughGovernance(plan);

        String assessment = UUID.randomUUID().toString();
        Map<String, String> priorities = Map.of(UUID.randomUUID().toString(), "Knife crime among young people");
        publish(UUID.randomUUID().toString(), assessment, area, "2020-21", priorities);
        await().atMost(WAIT).until(() -> refreshRequired(plan));
        given().auth().oauth2(PlanFixtures.officer()).header("If-Match", PlanFixtures.etag("/api/v1/plans/{id}", plan))
                .delete("/api/v1/plans/{id}/refresh", plan).then().statusCode(200).body("refreshRequired", equalTo(false));

        String again = publish(UUID.randomUUID().toString(), assessment, area, "2020-21", priorities);
        await().atMost(WAIT).until(() -> applied(again));
        assertEquals(false, refreshRequired(plan));
        assertEquals(1, audited(plan, "plan.refresh-flagged"));
        assertEquals(1, proposals(assessment));
    }

    @Test
    void anAssessmentOlderThanOneAlreadyReceivedForItsAreaIsDeadLetteredAndChangesNothing() {
        String area = PlanFixtures.unique("area");
        String plan = PlanFixtures.plan2019(area, null);
        PlanFixtures.theme(plan, "Keeping children and young people safe", PlanFixtures.group("CYSG", "SUB_GROUP"));
        PlanLifecycleTest.adoptThroughGovernance(plan);

        String newer = UUID.randomUUID().toString();
        publish(UUID.randomUUID().toString(), newer, area, "2020-21",
                Map.of(UUID.randomUUID().toString(), "Keeping children and young people safe"));
        await().atMost(WAIT).until(() -> proposals(newer) == 1);

        String older = UUID.randomUUID().toString();
        String late = publish(UUID.randomUUID().toString(), older, area, "2019-20",
                Map.of(UUID.randomUUID().toString(), "Cycle theft"));
        String reason = deadLetterReason(late);
        assertTrue(reason.contains("2020-21") && reason.contains(newer), reason);
        assertEquals(0, proposals(older));
        assertEquals(false, refreshRequired(plan));
    }

    @Test
    void anAssessmentWithoutAUsableAreaOrFinancialYearIsDeadLetteredWithTheReason() {
        for (String area : new String[] {null, "", "Maidstone"}) {
            String assessment = UUID.randomUUID().toString();
            String event = publish(UUID.randomUUID().toString(), assessment, area, "2019-20",
                    Map.of(UUID.randomUUID().toString(), "Cycle theft"));
            assertTrue(deadLetterReason(event).contains("areaCode"), "areaCode " + area);
            assertEquals(0, proposals(assessment));
        }
        String assessment = UUID.randomUUID().toString();
        String event = publish(UUID.randomUUID().toString(), assessment, PlanFixtures.unique("area"), "2019-25",
                Map.of(UUID.randomUUID().toString(), "Cycle theft"));
        assertTrue(deadLetterReason(event).contains("2019-25"));
        assertEquals(0, proposals(assessment));
    }
}
