package org.csp.plan;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csp.platform.testing.AsyncApiContract;
import org.csp.platform.testing.KafkaTestClient;
import org.junit.jupiter.api.Test;

/** DRAFT → RECOMMENDED → ADOPTED → SUPERSEDED, moved only by governance decisions that took effect. */
@QuarkusTest
class PlanLifecycleTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    static void adoptThroughGovernance(String planId) {
        PlanFixtures.decision(planId, "RECOMMEND");
        await().atMost(WAIT).until(() -> "RECOMMENDED".equals(PlanFixtures.status(planId)));
        PlanFixtures.decision(planId, "ADOPT");
        await().atMost(WAIT).until(() -> "ADOPTED".equals(PlanFixtures.status(planId)));
    }

    @Test
    void aDraftsPeriodKeepsCoveringItsActionPlans() {
        String plan = PlanFixtures.plan2019(PlanFixtures.unique("area"), null);
        PlanFixtures.actionPlan(PlanFixtures.theme(plan, "Keeping children and young people safe", null), "2021-22");
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"title\":\"Community Safety Plan 2019-21\",\"periodStart\":\"2019-04-01\",\"periodEnd\":\"2021-03-31\"}")
                .put("/api/v1/plans/{id}", plan).then().statusCode(422)
                .body("type", equalTo("https://csp.example.org/problems/action-plans-outside-period"));
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"title\":\"Safer Maidstone: Community Safety Plan 2019-22\",\"periodStart\":\"2019-04-01\","
                        + "\"periodEnd\":\"2022-03-31\",\"status\":\"DRAFT\",\"crossCuttingThemes\":[{\"title\":\"Prevent duty\"}]}")
                .put("/api/v1/plans/{id}", plan).then().statusCode(200).header("ETag", "\"1\"")
                .body("crossCuttingThemes.title", org.hamcrest.Matchers.contains("Prevent duty"));
    }

    @Test
    void aPlansPeriodEndsAfterItStartsWhateverActionPlansItHas() {
        String plan = PlanFixtures.plan2019(PlanFixtures.unique("area"), null);
        PlanFixtures.actionPlan(PlanFixtures.theme(plan, "Keeping children and young people safe", null), "2019-20");
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"title\":\"Community Safety Plan 2019-22\",\"periodStart\":\"2019-04-01\",\"periodEnd\":\"2019-03-31\"}")
                .put("/api/v1/plans/{id}", plan).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.contains("periodEnd"));
    }

    @Test
    void anAreaCodeIsSpeltOneWaySoOneAreaNeverHasTwoAdoptedPlans() {
        PlanFixtures.createPlan("Maidstone", "Community Safety Plan 2019-22", "2019-04-01", "2022-03-31", null)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.contains("areaCode"));
        given().auth().oauth2(PlanFixtures.officer()).queryParam("areaCode", "Maidstone").get("/api/v1/plans")
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.contains("areaCode"));
    }

    @Test
    void aDirectStatusChangeIsRefusedWithTheReason() {
        String plan = PlanFixtures.plan2019(PlanFixtures.unique("area"), null);
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"title\":\"Community Safety Plan 2019-22\",\"periodStart\":\"2019-04-01\",\"periodEnd\":\"2022-03-31\","
                        + "\"status\":\"ADOPTED\"}")
                .put("/api/v1/plans/{id}", plan)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://csp.example.org/problems/status-change-needs-decision"))
                .body("field", equalTo("status")).body("detail", containsString("decision"));
        assertEquals("DRAFT", PlanFixtures.status(plan));
    }

    @Test
    void governanceDecisionsRecommendThenAdoptAndAdoptionSupersedesTheEarlierPlan() {
        String area = PlanFixtures.unique("area");
        String lead = PlanFixtures.group("Serious & Organised Crime Panel", "SUB_GROUP");
        String earlier = PlanFixtures.createPlan(area, "Community Safety Plan 2013-18", "2013-04-01", "2018-03-31", null)
                .then().statusCode(201).extract().path("id");
        PlanFixtures.theme(earlier, "Reducing anti-social behaviour", lead);
        adoptThroughGovernance(earlier);

        String plan = PlanFixtures.plan2019(area, earlier);
        String theme = PlanFixtures.theme(plan, "Protecting our communities against Organised Crime Groups", lead);
        adoptThroughGovernance(plan);

        given().auth().oauth2(PlanFixtures.officer()).get("/api/v1/plans/{id}", earlier).then()
                .body("status", equalTo("SUPERSEDED")).body("supersededByPlanId", equalTo(plan))
                .body("supersededOn", equalTo("2019-04-03"));
        given().auth().oauth2(PlanFixtures.officer()).get("/api/v1/plans/{id}", plan).then()
                .body("adoptedOn", equalTo("2019-04-03")).body("recommendedDecisionId", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(PlanFixtures.officer()).queryParam("resourceType", "plan").queryParam("resourceId", plan)
                .get("/api/v1/audit").then().statusCode(200)
                .body("items[0].action", equalTo("plan.adopted"))
                .body("items[0].actorSubject", equalTo("democratic.services@maidstone.test"));

        ConsumerRecord<String, String> adopted = KafkaTestClient.awaitRecord(PlanFixtures.PLAN_TOPIC, r -> plan.equals(r.key())
                && "org.csp.plan.plan-status-changed.v1".equals(KafkaTestClient.header(r, "ce_type"))
                && r.value().contains("\"toStatus\":\"ADOPTED\""), WAIT);
        AsyncApiContract.assertValid("plan", adopted);
        JsonPath status = new JsonPath(adopted.value());
        assertEquals("RECOMMENDED", status.getString("fromStatus"));
        assertEquals("2019-04-01", status.getString("periodStart"));
        assertEquals("2022-03-31", status.getString("periodEnd"));
        assertEquals("Community Safety Plan 2019-22", status.getString("title"));
        assertTrue(status.getString("decisionId") != null);
        assertEquals("community-safety-plan/" + plan, KafkaTestClient.header(adopted, "ce_subject"));
        assertEquals(java.util.Set.of("planId", "title", "periodStart", "periodEnd", "fromStatus", "toStatus", "decisionId",
                "refreshFlagged"), status.getMap("").keySet());

        ConsumerRecord<String, String> priorities = KafkaTestClient.awaitRecord(PlanFixtures.PLAN_TOPIC, r -> plan.equals(r.key())
                && "org.csp.plan.priorities-changed.v1".equals(KafkaTestClient.header(r, "ce_type")), WAIT);
        AsyncApiContract.assertValid("plan", priorities);
        JsonPath current = new JsonPath(priorities.value());
        assertEquals("ADOPTED", current.getString("status"));
        assertEquals(theme, current.getString("priorities[0].priorityId"));
        assertEquals("Protecting our communities against Organised Crime Groups", current.getString("priorities[0].title"));
        assertEquals(area, current.getString("areaCode"));
        assertEquals(java.util.Set.of("planId", "areaCode", "title", "status", "priorities"), current.getMap("").keySet());
        assertEquals(java.util.Set.of("priorityId", "title"), current.getMap("priorities[0]").keySet());

        ConsumerRecord<String, String> superseded = KafkaTestClient.awaitRecord(PlanFixtures.PLAN_TOPIC, r -> earlier.equals(r.key())
                && "org.csp.plan.priorities-changed.v1".equals(KafkaTestClient.header(r, "ce_type"))
                && r.value().contains("SUPERSEDED"), WAIT);
        AsyncApiContract.assertValid("plan", superseded);
        assertEquals(1, new JsonPath(superseded.value()).getList("priorities").size());
    }

    @Test
    void aThemeWithoutALeadGroupBlocksAdoptionUntilOneIsNamed() {
        String plan = PlanFixtures.plan2019(PlanFixtures.unique("area"), null);
        String theme = PlanFixtures.theme(plan, "Safeguard people whose mental health makes them vulnerable", null);
        PlanFixtures.decision(plan, "RECOMMEND");
        await().atMost(WAIT).until(() -> "RECOMMENDED".equals(PlanFixtures.status(plan)));

        String refused = PlanFixtures.decision(plan, "ADOPT");
        ConsumerRecord<String, String> dead = KafkaTestClient.awaitRecord(PlanFixtures.DLQ,
                r -> refused.equals(KafkaTestClient.header(r, "ce_id")), WAIT);
        assertTrue(KafkaTestClient.header(dead, "dead-letter-reason").contains("no lead group"));
        assertTrue(KafkaTestClient.header(dead, "dead-letter-reason").contains("mental health"));
        assertEquals("RECOMMENDED", PlanFixtures.status(plan));

        String csvg = PlanFixtures.group("Community Safety and Vulnerability Group", "WORKING_GROUP");
        String body = """
                {"title":"Safeguard people whose mental health makes them vulnerable","whyImportant":"Why %1$s matters",
                 "objective":"The SMP will act on %1$s","focus":"Focus of %1$s","pccPriorities":["Protect people from harm"],
                 "leadGroupId":%2$s}""";
        String what = "Safeguard people whose mental health makes them vulnerable";
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body.formatted(what, "\"" + csvg + "\"").replace("\"title\":\"Safeguard", "\"title\":\"Changed Safeguard"))
                .put("/api/v1/themes/{id}", theme).then().statusCode(409)
                .body("type", equalTo("https://csp.example.org/problems/plan-awaiting-adoption"));
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body.formatted(what, "\"" + csvg + "\"")).put("/api/v1/themes/{id}", theme).then().statusCode(200);

        PlanFixtures.decision(plan, "ADOPT");
        await().atMost(WAIT).until(() -> "ADOPTED".equals(PlanFixtures.status(plan)));
    }

    @Test
    void aRecommendedPlansThemeKeepsItsEvidenceOnlyWhoDeliversItMayChange() {
        String plan = PlanFixtures.plan2019(PlanFixtures.unique("area"), null);
        String body = """
                {"title":"Keeping children and young people safe","leadGroupId":%s,
                 "evidence":[{"recommendationId":"3f6e1c1e-8a9b-4c2d-9e0f-1a2b3c4d5e6f","assessmentId":"%s","title":"%s"}]}""";
        String assessment = "0f8fad5b-d9cb-469f-a165-70867728950e";
        String theme = given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON)
                .body(body.formatted("null", assessment, "Young people at risk")).post("/api/v1/plans/{id}/themes", plan)
                .then().statusCode(201).extract().path("id");
        PlanFixtures.decision(plan, "RECOMMEND");
        await().atMost(WAIT).until(() -> "RECOMMENDED".equals(PlanFixtures.status(plan)));

        String lead = "\"" + PlanFixtures.group("Community Youth Safety Group", "SUB_GROUP") + "\"";
        for (String rewritten : List.of(body.formatted(lead, "7c9e6679-7425-40de-944b-e07fc1f90ae7", "Young people at risk"),
                body.formatted(lead, assessment, "Knife crime"))) {
            given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(rewritten).put("/api/v1/themes/{id}", theme).then().statusCode(409)
                    .body("type", equalTo("https://csp.example.org/problems/plan-awaiting-adoption"));
        }
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body.formatted(lead, assessment, "Young people at risk")).put("/api/v1/themes/{id}", theme)
                .then().statusCode(200).body("evidence[0].title", equalTo("Young people at risk"));
    }

    @Test
    void decisionsInTheWrongOrderOrAboutUnknownPlansAreDeadLetteredWithTheReason() {
        String plan = PlanFixtures.plan2019(PlanFixtures.unique("area"), null);
        PlanFixtures.theme(plan, "Keeping children and young people safe", PlanFixtures.group("CYSG", "SUB_GROUP"));
        String tooEarly = PlanFixtures.decision(plan, "ADOPT");
        ConsumerRecord<String, String> dead = KafkaTestClient.awaitRecord(PlanFixtures.DLQ,
                r -> tooEarly.equals(KafkaTestClient.header(r, "ce_id")), WAIT);
        assertTrue(KafkaTestClient.header(dead, "dead-letter-reason").contains("RECOMMENDED"));

        String unknown = PlanFixtures.decision(java.util.UUID.randomUUID().toString(), "RECOMMEND");
        ConsumerRecord<String, String> deadUnknown = KafkaTestClient.awaitRecord(PlanFixtures.DLQ,
                r -> unknown.equals(KafkaTestClient.header(r, "ce_id")), WAIT);
        assertTrue(KafkaTestClient.header(deadUnknown, "dead-letter-reason").contains("does not exist"));

        String notAnId = PlanFixtures.decision("minute-148", "RECOMMEND");
        ConsumerRecord<String, String> deadId = KafkaTestClient.awaitRecord(PlanFixtures.DLQ,
                r -> notAnId.equals(KafkaTestClient.header(r, "ce_id")), WAIT);
        assertTrue(KafkaTestClient.header(deadId, "dead-letter-reason").contains("not a plan id"));
        assertEquals("DRAFT", PlanFixtures.status(plan));
    }

    @Test
    void anAdoptedPlansPrioritiesCannotBeEditedWithoutARefresh() {
        String lead = PlanFixtures.group("Domestic Abuse Forum", "SUB_GROUP");
        String plan = PlanFixtures.plan2019(PlanFixtures.unique("area"), null);
        PlanFixtures.theme(plan, "Reduce the harm caused by domestic abuse", lead);
        adoptThroughGovernance(plan);

        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON)
                .body("{\"title\":\"Knife crime\",\"leadGroupId\":\"" + lead + "\"}")
                .post("/api/v1/plans/{id}/themes", plan).then().statusCode(409)
                .body("type", equalTo("https://csp.example.org/problems/adopted-plan-needs-refresh"))
                .body("detail", containsString("refresh"));

        String etag = PlanFixtures.etag("/api/v1/plans/{id}", plan);
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"reason\":\"Emerging knife crime among young people\"}")
                .post("/api/v1/plans/{id}/refresh", plan).then().statusCode(200).body("refreshRequired", equalTo(true));
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON)
                .body("{\"title\":\"Knife crime\"}")
                .post("/api/v1/plans/{id}/themes", plan).then().statusCode(422).body("field", equalTo("leadGroupId"));
        String knife = given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON)
                .body("{\"title\":\"Knife crime\",\"leadGroupId\":\"" + lead + "\"}")
                .post("/api/v1/plans/{id}/themes", plan).then().statusCode(201).extract().path("id");
        KafkaTestClient.awaitRecord(PlanFixtures.PLAN_TOPIC, r -> plan.equals(r.key())
                && "org.csp.plan.priorities-changed.v1".equals(KafkaTestClient.header(r, "ce_type"))
                && r.value().contains(knife), WAIT);

        given().auth().oauth2(PlanFixtures.officer()).header("If-Match", PlanFixtures.etag("/api/v1/plans/{id}", plan))
                .delete("/api/v1/plans/{id}/refresh", plan).then().statusCode(200).body("refreshRequired", equalTo(false));
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON)
                .body("{\"title\":\"Fraud\",\"leadGroupId\":\"" + lead + "\"}")
                .post("/api/v1/plans/{id}/themes", plan).then().statusCode(409);
    }
}
