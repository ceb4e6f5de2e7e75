package org.csp.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csp.platform.testing.AsyncApiContract;
import org.csp.platform.testing.KafkaTestClient;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Measurable actions: dates, lead agency scoping, progress, overdue and at-risk lists, status events. */
@QuarkusTest
class ActionTest {

    static String actionPlan() {
        String plan = PlanFixtures.plan2019(PlanFixtures.unique("area"), null);
        String theme = PlanFixtures.theme(plan, "Reduce the harm caused by domestic abuse", null);
        return PlanFixtures.actionPlan(theme, "2019-20");
    }

    static String update(String action, String leadAgency, String status) {
        return """
                {"title":"Review One Stop Shop usage","leadAgency":"%s","owner":"DAF chair","startDate":"2019-04-01",
                 "dueDate":"2099-03-31","status":"%s"}""".formatted(leadAgency, status);
    }

    @Test
    void anActionDueBeforeItStartsIsRefusedNamingTheDueDate() {
        PlanFixtures.createAction(actionPlan(), "Claire's Law awareness", "kent-police", "2019-06-01", "2019-05-31", null)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("dueDate"));
        PlanFixtures.createAction(actionPlan(), "No lead", null, "2019-06-01", "2019-07-31", null)
                .then().statusCode(400).body("errors[0].field", equalTo("leadAgency"));
    }

    @Test
    void aPartnerAgencyUpdatesOnlyItsOwnActions() {
        String actionPlan = actionPlan();
        String police = PlanFixtures.createAction(actionPlan, "Days of action against rogue trading", "kent-police",
                "2019-04-01", "2099-03-31", null).then().statusCode(201).extract().path("id");
        String council = PlanFixtures.createAction(actionPlan, "Review the PSPO", "maidstone-borough-council",
                "2019-04-01", "2099-03-31", null).then().statusCode(201).extract().path("id");

        given().auth().oauth2(TestTokens.agency("kent-police")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"note\":\"First day of action held\",\"status\":\"IN_PROGRESS\"}")
                .post("/api/v1/actions/{id}/progress", police).then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        given().auth().oauth2(TestTokens.agency("kent-police")).contentType(ContentType.JSON).header("If-Match", "*")
                .body("{\"note\":\"Not ours\",\"status\":\"COMPLETED\"}")
                .post("/api/v1/actions/{id}/progress", council).then().statusCode(403)
                .body("type", equalTo("https://csp.example.org/problems/not-your-agency"));
        given().auth().oauth2(TestTokens.agency("kent-police")).contentType(ContentType.JSON).header("If-Match", "*")
                .body(update(council, "kent-police", "COMPLETED")).put("/api/v1/actions/{id}", council).then().statusCode(403);
        given().auth().oauth2(TestTokens.agency("kent-police")).contentType(ContentType.JSON).header("If-Match", "*")
                .body(update(police, "maidstone-borough-council", "IN_PROGRESS")).put("/api/v1/actions/{id}", police)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.agency("kent-police")).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(update(police, "kent-police", "AT_RISK")).put("/api/v1/actions/{id}", police)
                .then().statusCode(200).body("status", equalTo("AT_RISK")).body("atRisk", equalTo(true));

        given().auth().oauth2(PlanFixtures.officer()).get("/api/v1/actions/{id}", council).then().body("status", equalTo("NOT_STARTED"));
        given().auth().oauth2(TestTokens.councillor()).get("/api/v1/actions/{id}/progress", police).then().statusCode(200)
                .body("items[0].agency", equalTo("kent-police")).body("items[0].toStatus", equalTo("IN_PROGRESS"));
        given().auth().oauth2(PlanFixtures.officer()).queryParam("resourceType", "action").queryParam("resourceId", police)
                .get("/api/v1/audit").then().statusCode(200).body("items.actorAgency", hasItem("kent-police"));
    }

    @Test
    void overdueAndAtRiskActionsAreListable() {
        String actionPlan = actionPlan();
        String overdue = PlanFixtures.createAction(actionPlan, "Deliver schools event", "kent-police", "2019-04-01", "2019-09-30",
                "IN_PROGRESS").then().statusCode(201).body("overdue", equalTo(true)).extract().path("id");
        String lateStart = PlanFixtures.createAction(actionPlan, "Launch the Blue Light project", "maidstone-borough-council",
                "2019-04-01", "2099-03-31", null).then().statusCode(201).body("atRisk", equalTo(true)).extract().path("id");
        String done = PlanFixtures.createAction(actionPlan, "Leaflet on self-neglect", "maidstone-borough-council",
                "2019-04-01", "2019-06-30", "COMPLETED").then().statusCode(201).body("overdue", equalTo(false)).extract().path("id");

        given().auth().oauth2(TestTokens.pcc()).queryParam("actionPlanId", actionPlan).queryParam("overdue", true)
                .get("/api/v1/actions").then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(overdue));
        given().auth().oauth2(TestTokens.pcc()).queryParam("actionPlanId", actionPlan).queryParam("atRisk", true)
                .get("/api/v1/actions").then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(lateStart));
        given().auth().oauth2(TestTokens.pcc()).queryParam("actionPlanId", actionPlan).queryParam("leadAgency", "maidstone-borough-council")
                .queryParam("status", "COMPLETED").get("/api/v1/actions").then().body("items.id", hasItem(done))
                .body("items.id", not(hasItem(lateStart)));
    }

    @Test
    void aStatusChangePublishesActionStatusChanged() {
        String action = PlanFixtures.createAction(actionPlan(), "Refresh the SOCP action plan", "kent-police", "2019-04-01",
                "2019-12-31", null).then().statusCode(201).extract().path("id");
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"note\":\"Plan refreshed and agreed\",\"status\":\"COMPLETED\"}")
                .post("/api/v1/actions/{id}/progress", action).then().statusCode(200).header("ETag", "\"1\"");
        ConsumerRecord<String, String> event = KafkaTestClient.awaitRecord(PlanFixtures.PLAN_TOPIC, r -> action.equals(r.key())
                && "org.csp.plan.action-status-changed.v1".equals(KafkaTestClient.header(r, "ce_type")), Duration.ofSeconds(30));
        AsyncApiContract.assertValid("plan", event);
        JsonPath payload = new JsonPath(event.value());
        assertEquals("NOT_STARTED", payload.getString("fromStatus"));
        assertEquals("COMPLETED", payload.getString("toStatus"));
        assertEquals("2019-12-31", payload.getString("dueDate"));
        assertEquals("Refresh the SOCP action plan", payload.getString("title"));
        assertEquals(4 + 3, payload.getMap("").size(), "actionId, planId, priorityId, title, fromStatus, toStatus, dueDate");
    }

    @Test
    void aNewActionPublishesActionCreatedWithThePriorityItDelivers() {
        String actionPlan = actionPlan();
        String theme = given().auth().oauth2(PlanFixtures.officer()).get("/api/v1/action-plans/{id}", actionPlan)
                .then().statusCode(200).extract().path("themeId");
        String action = PlanFixtures.createAction(actionPlan, "Run county lines awareness sessions in schools", "kent-police",
                "2019-04-01", "2019-09-30", null).then().statusCode(201).extract().path("id");

        ConsumerRecord<String, String> event = KafkaTestClient.awaitRecord(PlanFixtures.PLAN_TOPIC, r -> action.equals(r.key())
                && "org.csp.plan.action-created.v1".equals(KafkaTestClient.header(r, "ce_type")), Duration.ofSeconds(30));
        AsyncApiContract.assertValid("plan", event);
        assertEquals("action/" + action, KafkaTestClient.header(event, "ce_subject"));
        JsonPath payload = new JsonPath(event.value());
        assertEquals(action, payload.getString("actionId"));
        assertEquals(theme, payload.getString("priorityId"));
        assertEquals("NOT_STARTED", payload.getString("status"));
        assertEquals("2019-09-30", payload.getString("dueDate"));
        assertEquals(java.util.Set.of("actionId", "planId", "priorityId", "title", "status", "dueDate"), payload.getMap("").keySet());
    }
}
