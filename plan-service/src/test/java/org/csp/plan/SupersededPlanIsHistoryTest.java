package org.csp.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.csp.platform.outbox.OutboxEvent;
import org.junit.jupiter.api.Test;

/** A superseded plan's action plans, indicators and actions are history: nothing about them changes any more. */
@QuarkusTest
class SupersededPlanIsHistoryTest {

    record History(String actionId, String indicatorId) {
    }

    /** The 2013-18 plan with an action and an indicator, superseded by the adopted 2019-22 plan. */
    static History supersededPlan() {
        String area = PlanFixtures.unique("area");
        String lead = PlanFixtures.group("Community Youth Safety Group", "SUB_GROUP");
        String earlier = PlanFixtures.createPlan(area, "Community Safety Plan 2013-18", "2013-04-01", "2018-03-31", null)
                .then().statusCode(201).extract().path("id");
        String actionPlan = PlanFixtures.actionPlan(PlanFixtures.theme(earlier, "Reducing anti-social behaviour", lead), "2013-14");
        String action = PlanFixtures.createAction(actionPlan, "Review the town centre PSPO", "maidstone-borough-council",
                "2013-04-01", "2014-03-31", null).then().statusCode(201).extract().path("id");
        String indicator = given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON)
                .body("""
                        {"name":"Reports of anti-social behaviour","unit":"reports","polarity":"LOWER_IS_BETTER","baseline":900,
                         "target":800,"periods":["2013-14"]}""")
                .post("/api/v1/action-plans/{id}/indicators", actionPlan).then().statusCode(201).extract().path("id");
        PlanLifecycleTest.adoptThroughGovernance(earlier);
        String plan = PlanFixtures.plan2019(area, earlier);
        PlanFixtures.theme(plan, "Keeping children and young people safe", lead);
        PlanLifecycleTest.adoptThroughGovernance(plan);
        assertEquals("SUPERSEDED", PlanFixtures.status(earlier));
        return new History(action, indicator);
    }

    @Test
    void progressOnASupersededPlansActionIsRefusedAndChangesNothing() {
        String action = supersededPlan().actionId();
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"note\":\"Closed long after the plan ended\",\"status\":\"COMPLETED\"}")
                .post("/api/v1/actions/{id}/progress", action).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://csp.example.org/problems/plan-superseded"));

        given().auth().oauth2(PlanFixtures.officer()).get("/api/v1/actions/{id}", action).then()
                .body("status", equalTo("NOT_STARTED")).body("version", equalTo(0));
        given().auth().oauth2(PlanFixtures.officer()).get("/api/v1/actions/{id}/progress", action).then()
                .body("totalItems", equalTo(0));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("aggregateId = ?1 and eventType = ?2",
                action, "org.csp.plan.action-status-changed.v1")));
    }

    @Test
    void aValueForASupersededPlansIndicatorIsRefused() {
        String indicator = supersededPlan().indicatorId();
        IndicatorTest.record(indicator, "2013-14", "850").statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://csp.example.org/problems/plan-superseded"));
        given().auth().oauth2(PlanFixtures.officer()).get("/api/v1/indicators/{id}", indicator).then()
                .body("values.size()", equalTo(0)).body("version", equalTo(0));
    }
}
