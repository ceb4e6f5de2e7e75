package org.csp.plan;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csp.platform.testing.KafkaTestClient;
import org.junit.jupiter.api.Test;

/** An area has at most one adopted plan on any date: a plan may overlap only the adopted plan it replaces. */
@QuarkusTest
class OneAdoptedPlanPerAreaTest {

    static String planWithLedTheme(String area, String start, String end, String replaces) {
        String plan = PlanFixtures.createPlan(area, "Community Safety Plan " + start.substring(0, 4), start, end, replaces)
                .then().statusCode(201).extract().path("id");
        PlanFixtures.theme(plan, "Reduce the harm caused by domestic abuse", PlanFixtures.group("Domestic Abuse Forum", "SUB_GROUP"));
        return plan;
    }

    static void assertDeadLettered(String eventId, String planId) {
        ConsumerRecord<String, String> dead = KafkaTestClient.awaitRecord(PlanFixtures.DLQ,
                r -> eventId.equals(KafkaTestClient.header(r, "ce_id")), PlanLifecycleTest.WAIT);
        String reason = KafkaTestClient.header(dead, "dead-letter-reason");
        assertTrue(reason.contains("overlaps the ADOPTED plan"), reason);
        assertTrue(reason.contains(planId), reason);
    }

    @Test
    void aPlanOverlappingAnAdoptedPlanOfTheAreaMustNameItAsTheOneItReplaces() {
        String area = PlanFixtures.unique("area");
        String adopted = planWithLedTheme(area, "2019-04-01", "2022-03-31", null);
        PlanLifecycleTest.adoptThroughGovernance(adopted);

        PlanFixtures.createPlan(area, "Community Safety Plan 2021-24", "2021-04-01", "2024-03-31", null).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://csp.example.org/problems/overlaps-adopted-plan"))
                .body("field", equalTo("periodStart")).body("adoptedPlanIds", contains(adopted));
        given().auth().oauth2(PlanFixtures.officer()).queryParam("areaCode", area).get("/api/v1/plans").then()
                .body("totalItems", equalTo(1));

        String later = PlanFixtures.createPlan(area, "Community Safety Plan 2022-25", "2022-04-01", "2025-03-31", null)
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"title\":\"Community Safety Plan 2021-24\",\"periodStart\":\"2021-04-01\",\"periodEnd\":\"2024-03-31\"}")
                .put("/api/v1/plans/{id}", later).then().statusCode(422)
                .body("type", equalTo("https://csp.example.org/problems/overlaps-adopted-plan"));
        given().auth().oauth2(PlanFixtures.officer()).get("/api/v1/plans/{id}", later).then()
                .body("periodStart", equalTo("2022-04-01")).body("version", equalTo(0));

        String replacing = planWithLedTheme(area, "2021-04-01", "2024-03-31", adopted);
        PlanLifecycleTest.adoptThroughGovernance(replacing);
        assertEquals("SUPERSEDED", PlanFixtures.status(adopted));
    }

    @Test
    void aDecisionForAPlanOverlappingAnotherAdoptedPlanOfTheAreaIsDeadLetteredWithTheReason() {
        String area = PlanFixtures.unique("area");
        // Drafted while the area had no adopted plan, so entering them was allowed.
        String first = planWithLedTheme(area, "2019-04-01", "2022-03-31", null);
        String rival = planWithLedTheme(area, "2020-04-01", "2023-03-31", null);
        String another = planWithLedTheme(area, "2021-04-01", "2024-03-31", null);
        PlanFixtures.decision(rival, "RECOMMEND");
        await().atMost(PlanLifecycleTest.WAIT).until(() -> "RECOMMENDED".equals(PlanFixtures.status(rival)));
        PlanLifecycleTest.adoptThroughGovernance(first);

        assertDeadLettered(PlanFixtures.decision(rival, "ADOPT"), first);
        assertDeadLettered(PlanFixtures.decision(another, "RECOMMEND"), first);
        assertEquals("RECOMMENDED", PlanFixtures.status(rival));
        assertEquals("DRAFT", PlanFixtures.status(another));
        assertEquals("ADOPTED", PlanFixtures.status(first));
    }
}
