package org.csp.plan;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.csp.platform.testing.KafkaTestClient;
import org.csp.platform.testing.TestTokens;

/** Test data after Maidstone's Community Safety Plan 2019-22, in small steps the feature tests combine. */
final class PlanFixtures {

    static final String GOVERNANCE_TOPIC = "csp.governance.events";
    static final String ASSESSMENT_TOPIC = "csp.assessment.events";
    static final String GRANT_TOPIC = "csp.grant.events";
    static final String PLAN_TOPIC = "csp.plan.events";
    static final String DLQ = "csp.plan.dlq";

    private PlanFixtures() {
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String officer() {
        return TestTokens.officer();
    }

    /** A sub-group (or other body) with a unique code; returns its id. */
    static String group(String name, String kind, String... agencies) {
        StringBuilder list = new StringBuilder();
        for (String agency : agencies) {
            list.append(list.isEmpty() ? "" : ",").append('"').append(agency).append('"');
        }
        return given().auth().oauth2(officer()).contentType(ContentType.JSON)
                .body("""
                        {"code":"%s","name":"%s","kind":"%s","memberAgencies":[%s]}"""
                        .formatted(unique("g"), name, kind, list))
                .post("/api/v1/groups").then().statusCode(201).extract().path("id");
    }

    static Response createPlan(String area, String title, String start, String end, String replaces) {
        return given().auth().oauth2(officer()).contentType(ContentType.JSON)
                .body("""
                        {"areaCode":"%s","title":"%s","periodStart":"%s","periodEnd":"%s","replacesPlanId":%s,
                         "foreword":"The Safer Maidstone Partnership has a good track record of collaborative working.",
                         "crossCuttingThemes":[{"title":"Prevent duty"},{"title":"Reducing reoffending"},{"title":"Anti-social behaviour"}]}"""
                        .formatted(area, title, start, end, replaces == null ? "null" : "\"" + replaces + "\""))
                .post("/api/v1/plans");
    }

    static String plan2019(String area, String replaces) {
        return createPlan(area, "Community Safety Plan 2019-22", "2019-04-01", "2022-03-31", replaces)
                .then().statusCode(201).extract().path("id");
    }

    static String theme(String planId, String title, String leadGroupId) {
        return given().auth().oauth2(officer()).contentType(ContentType.JSON)
                .body("""
                        {"title":"%s","whyImportant":"Why %s matters","objective":"The SMP will act on %s",
                         "focus":"Focus of %s","leadGroupId":%s,"pccPriorities":["Protect people from harm"]}"""
                        .formatted(title, title, title, title, leadGroupId == null ? "null" : "\"" + leadGroupId + "\""))
                .post("/api/v1/plans/{id}/themes", planId).then().statusCode(201).extract().path("id");
    }

    static String actionPlan(String themeId, String financialYear) {
        return given().auth().oauth2(officer()).contentType(ContentType.JSON)
                .body("{\"financialYear\":\"" + financialYear + "\",\"outcome\":\"Victims are confident to report abuse\"}")
                .post("/api/v1/themes/{id}/action-plans", themeId).then().statusCode(201).extract().path("id");
    }

    static Response createAction(String actionPlanId, String title, String leadAgency, String start, String due, String status) {
        return given().auth().oauth2(officer()).contentType(ContentType.JSON)
                .body("""
                        {"title":"%s","leadAgency":%s,"owner":"Domestic Abuse Forum chair","startDate":"%s","dueDate":"%s","status":%s}"""
                        .formatted(title, leadAgency == null ? "null" : "\"" + leadAgency + "\"", start, due,
                                status == null ? "null" : "\"" + status + "\""))
                .post("/api/v1/action-plans/{id}/actions", actionPlanId);
    }

    static String etag(String path, Object id) {
        return given().auth().oauth2(officer()).get(path, id).then().statusCode(200).extract().header("ETag");
    }

    static Map<String, String> headers(String type, String source) {
        Map<String, String> headers = new HashMap<>();
        headers.put("ce_id", UUID.randomUUID().toString());
        headers.put("ce_source", source);
        headers.put("ce_specversion", "1.0");
        headers.put("ce_type", type);
        headers.put("ce_time", "2019-04-10T20:00:00Z");
        headers.put("content-type", "application/json");
        headers.put("ce_actor", "democratic.services@maidstone.test");
        return headers;
    }

    /** A decision-effective v1 event about a plan; returns the CloudEvents id. */
    static String decision(String planId, String action) {
        return decision(planId, action, UUID.randomUUID().toString());
    }

    /**
     * The decision-effective v1 event of a given decision (sent again: the same decision under a new event id), keyed
     * by the plan as governance keys it.
     */
    static String decision(String planId, String action, String decisionId) {
        Map<String, String> headers = headers("org.csp.governance.decision-effective.v1", "/csp/governance-service");
        KafkaTestClient.send(GOVERNANCE_TOPIC, planId, headers, """
                {"decisionId":"%s","meetingId":"%s","meetingDate":"2019-03-19","bodyName":"Council","minuteNumber":"150",
                 "resolution":"That the Community Safety Plan 2019-22 be adopted","outcome":"UNANIMOUS",
                 "subject":{"type":"community-safety-plan","id":"%s"},"action":"%s","referralDeadline":"2019-04-02",
                 "effectiveAt":"2019-04-03T00:00:00Z"}"""
                .formatted(decisionId, UUID.randomUUID(), planId, action));
        return headers.get("ce_id");
    }

    static String status(String planId) {
        return given().auth().oauth2(officer()).get("/api/v1/plans/{id}", planId).then().statusCode(200).extract().path("status");
    }
}
