package org.csp.plan;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csp.platform.testing.AsyncApiContract;
import org.csp.platform.testing.KafkaTestClient;
import org.junit.jupiter.api.Test;

/** Priorities recommended by a published assessment become proposals; a later one flags the adopted plan for refresh. */
@QuarkusTest
class ProposalsFromEvidenceTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    /** Sends assessment-published v1 for the area; returns the recommendation ids in order. */
    static List<String> publish(String area, String assessmentId, String financialYear, String... titles) {
        StringBuilder priorities = new StringBuilder();
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < titles.length; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            priorities.append(i == 0 ? "" : ",").append("""
                    {"recommendationId":"%s","position":%d,"title":"%s","rationale":"Evidence for %s","categoryCodes":[],
                     "evidence":[{"kind":"trend","id":"%s","summary":"Sexual offences +48.2%%"}]}"""
                    .formatted(id, i + 1, titles[i], titles[i], UUID.randomUUID()));
        }
        KafkaTestClient.send(PlanFixtures.ASSESSMENT_TOPIC, assessmentId,
                PlanFixtures.headers("org.csp.assessment.assessment-published.v1", "/csp/assessment-service"), """
                        {"assessmentId":"%s","areaCode":"%s","financialYear":"%s","title":"Strategic Assessment %s",
                         "publishedAt":"2019-01-20T10:00:00Z","priorities":[%s]}"""
                        .formatted(assessmentId, area, financialYear, financialYear, priorities));
        return ids;
    }

    static io.restassured.response.ValidatableResponse proposals(String assessmentId) {
        return given().auth().oauth2(PlanFixtures.officer()).queryParam("assessmentId", assessmentId)
                .get("/api/v1/proposals").then().statusCode(200);
    }

    @Test
    void proposalsArriveOnTheDraftPlanAndAreAcceptedMergedOrRejected() {
        String area = PlanFixtures.unique("area");
        String plan = PlanFixtures.plan2019(area, null);
        String lead = PlanFixtures.group("Domestic Abuse Forum", "SUB_GROUP");
        String assessment = UUID.randomUUID().toString();
        List<String> recs = publish(area, assessment, "2019-20", "Reduce the harm caused by domestic abuse",
                "Domestic abuse including stalking", "Cycle theft");
        await().atMost(WAIT).until(() -> proposals(assessment).extract().<Integer>path("totalItems") == 3);
        JsonPath list = proposals(assessment).body("items.planId", contains(plan, plan, plan))
                .body("items[0].evidenceSummary", equalTo("Sexual offences +48.2%")).extract().jsonPath();

        String accept = list.getString("items[0].id");
        String theme = given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"leadGroupId\":\"" + lead + "\"}").post("/api/v1/proposals/{id}/accept", accept)
                .then().statusCode(200).body("status", equalTo("ACCEPTED")).extract().path("themeId");
        given().auth().oauth2(PlanFixtures.officer()).get("/api/v1/themes/{id}", theme).then()
                .body("planId", equalTo(plan)).body("leadGroupId", equalTo(lead))
                .body("evidence[0].recommendationId", equalTo(recs.get(0))).body("evidence[0].assessmentId", equalTo(assessment));

        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"themeId\":\"" + theme + "\"}").post("/api/v1/proposals/{id}/merge", list.getString("items[1].id"))
                .then().statusCode(200).body("status", equalTo("MERGED")).body("themeId", equalTo(theme));
        given().auth().oauth2(PlanFixtures.officer()).get("/api/v1/themes/{id}", theme).then()
                .body("evidence.recommendationId", contains(recs.get(0), recs.get(1)));

        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"reason\":\"Covered by the cross-cutting ASB duty\"}")
                .post("/api/v1/proposals/{id}/reject", list.getString("items[2].id"))
                .then().statusCode(200).body("status", equalTo("REJECTED"));
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", "*")
                .body("{\"reason\":\"again\"}").post("/api/v1/proposals/{id}/reject", accept)
                .then().statusCode(409).body("type", equalTo("https://csp.example.org/problems/proposal-already-decided"));
        given().auth().oauth2(PlanFixtures.officer()).queryParam("planId", plan).queryParam("status", "PENDING")
                .get("/api/v1/proposals").then().body("totalItems", equalTo(0));
    }

    @Test
    void aProposalBecomesAPriorityOnlyOfAPlanOfItsArea() {
        String area = PlanFixtures.unique("area");
        PlanFixtures.plan2019(area, null);
        String otherPlan = PlanFixtures.plan2019(PlanFixtures.unique("area"), null);
        String otherTheme = PlanFixtures.theme(otherPlan, "Reduce the harm caused by domestic abuse", null);
        String assessment = UUID.randomUUID().toString();
        publish(area, assessment, "2019-20", "Reduce the harm caused by domestic abuse");
        await().atMost(WAIT).until(() -> proposals(assessment).extract().<Integer>path("totalItems") == 1);
        String proposal = proposals(assessment).extract().path("items[0].id");

        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"planId\":\"" + otherPlan + "\"}").post("/api/v1/proposals/{id}/accept", proposal)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://csp.example.org/problems/proposal-from-another-area"))
                .body("field", equalTo("planId")).body("proposalAreaCode", equalTo(area));
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"themeId\":\"" + otherTheme + "\"}").post("/api/v1/proposals/{id}/merge", proposal)
                .then().statusCode(422)
                .body("type", equalTo("https://csp.example.org/problems/proposal-from-another-area"))
                .body("field", equalTo("themeId"));

        proposals(assessment).body("items[0].status", equalTo("PENDING")).body("items[0].version", equalTo(0));
        given().auth().oauth2(PlanFixtures.officer()).get("/api/v1/plans/{id}/themes", otherPlan).then()
                .body("totalItems", equalTo(1)).body("items[0].evidence.size()", equalTo(0));
    }

    @Test
    void aProposalAcceptedIntoAPlanThatDoesNotExistIsA400NamingPlanIdLikeAnyUnknownIdInABody() {
        String area = PlanFixtures.unique("area");
        String assessment = UUID.randomUUID().toString();
        publish(area, assessment, "2019-20", "Keeping children and young people safe");
        await().atMost(WAIT).until(() -> proposals(assessment).extract().<Integer>path("totalItems") == 1);
        String proposal = proposals(assessment).extract().path("items[0].id");

        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"planId\":\"" + UUID.randomUUID() + "\"}").post("/api/v1/proposals/{id}/accept", proposal)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("planId"));
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"themeId\":\"" + UUID.randomUUID() + "\"}").post("/api/v1/proposals/{id}/merge", proposal)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("themeId"));
        proposals(assessment).body("items[0].status", equalTo("PENDING"));
    }

    @Test
    void anAcceptedProposalsThemeTitleMayBeLeftOutButNotBlank() {
        String area = PlanFixtures.unique("area");
        String plan = PlanFixtures.plan2019(area, null);
        String assessment = UUID.randomUUID().toString();
        publish(area, assessment, "2019-20", "Keeping children and young people safe");
        await().atMost(WAIT).until(() -> proposals(assessment).extract().<Integer>path("totalItems") == 1);
        String proposal = proposals(assessment).extract().path("items[0].id");

        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"title\":\"   \"}").post("/api/v1/proposals/{id}/accept", proposal)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("title"));
        proposals(assessment).body("items[0].status", equalTo("PENDING"));
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"title\":null}").post("/api/v1/proposals/{id}/accept", proposal).then().statusCode(200);
        given().auth().oauth2(PlanFixtures.officer()).get("/api/v1/plans/{id}/themes", plan).then()
                .body("items.title", contains("Keeping children and young people safe"));
    }

    @Test
    void aLaterAssessmentRecommendingAPriorityTheAdoptedPlanLacksFlagsItForRefresh() {
        String area = PlanFixtures.unique("area");
        String lead = PlanFixtures.group("Community Youth Safety Group", "SUB_GROUP");
        String plan = PlanFixtures.plan2019(area, null);
        PlanFixtures.theme(plan, "Keeping children and young people safe", lead);
        PlanLifecycleTest.adoptThroughGovernance(plan);

        String later = UUID.randomUUID().toString();
        publish(area, later, "2020-21", "keeping children and young people safe", "Knife crime among young people");
        await().atMost(WAIT).until(() -> given().auth().oauth2(PlanFixtures.officer()).get("/api/v1/plans/{id}", plan)
                .then().extract().<Boolean>path("refreshRequired"));
        given().auth().oauth2(PlanFixtures.officer()).get("/api/v1/plans/{id}", plan).then()
                .body("status", equalTo("ADOPTED")).body("refreshReasons.size()", equalTo(1))
                .body("refreshReasons[0]", containsString("'Knife crime among young people'"));
        given().auth().oauth2(PlanFixtures.officer()).queryParam("refreshRequired", true).queryParam("areaCode", area)
                .get("/api/v1/plans").then().body("items.id", hasItem(plan));

        ConsumerRecord<String, String> flagged = KafkaTestClient.awaitRecord(PlanFixtures.PLAN_TOPIC, r -> plan.equals(r.key())
                && r.value().contains("\"refreshFlagged\":true"), WAIT);
        AsyncApiContract.assertValid("plan", flagged);
        assertEquals("ADOPTED", new JsonPath(flagged.value()).getString("toStatus"));
        assertEquals(null, new JsonPath(flagged.value()).getString("decisionId"));

        String knife = proposals(later).extract().jsonPath().getString("items.find { it.title.startsWith('Knife') }.id");
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"leadGroupId\":\"" + lead + "\"}").post("/api/v1/proposals/{id}/accept", knife)
                .then().statusCode(400).body("errors.field", hasItem("planId"));
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"planId\":\"" + plan + "\",\"leadGroupId\":\"" + UUID.randomUUID() + "\"}")
                .post("/api/v1/proposals/{id}/accept", knife).then().statusCode(400).body("errors.field", hasItem("leadGroupId"));
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"planId\":\"" + plan + "\",\"leadGroupId\":\"" + lead + "\"}").post("/api/v1/proposals/{id}/accept", knife)
                .then().statusCode(200);
        given().auth().oauth2(PlanFixtures.officer()).get("/api/v1/plans/{id}/themes", plan).then()
                .body("items.title", contains("Keeping children and young people safe", "Knife crime among young people"));
    }

    @Test
    void anAssessmentForTheYearsBeforeTheAdoptedPlanDoesNotFlagIt() {
        String area = PlanFixtures.unique("area");
        String plan = PlanFixtures.plan2019(area, null);
        PlanFixtures.theme(plan, "Keeping children and young people safe", PlanFixtures.group("CYSG", "SUB_GROUP"));
        PlanLifecycleTest.adoptThroughGovernance(plan);
        String earlier = UUID.randomUUID().toString();
        publish(area, earlier, "2018-19", "Something else entirely");
        await().atMost(WAIT).until(() -> proposals(earlier).extract().<Integer>path("totalItems") == 1);
        given().auth().oauth2(PlanFixtures.officer()).get("/api/v1/plans/{id}", plan).then().body("refreshRequired", equalTo(false));
    }
}
