package org.csp.plan;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The journey of a new user with the Safer Maidstone Partnership's plan: the structure, the 2019-22 plan replacing
 * 2013-18, priorities arriving from the 2019-20 Strategic Assessment, accepted with their lead groups, a first-year
 * indicator, committee recommendation and Council adoption through governance, and a later assessment flagging it.
 */
@QuarkusTest
class SeedPlanWalkthroughTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final List<String> PRIORITIES = List.of(
            "Protecting our communities against Organised Crime Groups (including modern-day slavery)",
            "Reduce the harm caused by domestic abuse (including stalking)",
            "Keeping children and young people safe",
            "Reduce the impact of substance misuse on our community",
            "Safeguard people whose mental health makes them vulnerable");

    static String body(String code, String name, String kind, String parent) {
        return """
                {"code":"%s","name":"%s","kind":"%s","parentId":%s,"memberAgencies":["maidstone-borough-council","kent-police"]}"""
                .formatted(PlanFixtures.unique(code), name, kind, parent == null ? "null" : "\"" + parent + "\"");
    }

    static String group(String code, String name, String kind, String parent) {
        return given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).body(body(code, name, kind, parent))
                .post("/api/v1/groups").then().statusCode(201).extract().path("id");
    }

    @Test
    void theCommunitySafetyPlan2019To22FromEvidenceToAdoptionAndRefresh() throws Exception {
        String area = PlanFixtures.unique("maidstone");
        String smp = group("smp", "Safer Maidstone Partnership", "PARTNERSHIP", null);
        group("smpeg", "Safer Maidstone Partnership Executive Group", "EXECUTIVE_GROUP", smp);
        String csu = group("csu", "Community Safety Unit", "COMMUNITY_SAFETY_UNIT", smp);
        String socp = group("socp", "Serious & Organised Crime Panel", "SUB_GROUP", smp);
        String daf = group("daf", "Domestic Abuse Forum", "SUB_GROUP", smp);
        String cysg = group("cysg", "Community Youth Safety Group", "SUB_GROUP", smp);
        String cpt = group("cpt", "Community Protection Team", "WORKING_GROUP", csu);
        group("wkrrg", "West Kent Reducing Reoffending Group", "LINKED_BOARD", smp);
        List<String> leads = List.of(socp, daf, cysg, cpt, csu);

        String earlier = PlanFixtures.createPlan(area, "Community Safety Plan 2013-18", "2013-04-01", "2018-03-31", null)
                .then().statusCode(201).extract().path("id");
        PlanFixtures.theme(earlier, "Reducing anti-social behaviour", cysg);
        PlanLifecycleTest.adoptThroughGovernance(earlier);
        String plan = PlanFixtures.plan2019(area, earlier);

        String assessment = UUID.randomUUID().toString();
        ProposalsFromEvidenceTest.publish(area, assessment, "2019-20", PRIORITIES.toArray(String[]::new));
        await().atMost(WAIT).until(() -> ProposalsFromEvidenceTest.proposals(assessment).extract().<Integer>path("totalItems") == 5);
        JsonPath proposals = ProposalsFromEvidenceTest.proposals(assessment).extract().jsonPath();
        List<String> themes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            assertEquals(PRIORITIES.get(i), proposals.getString("items[" + i + "].title"));
            themes.add(given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body("{\"leadGroupId\":\"" + leads.get(i) + "\",\"objective\":\"The SMP will act on priority " + (i + 1) + "\"}")
                    .post("/api/v1/proposals/{id}/accept", proposals.getString("items[" + i + "].id"))
                    .then().statusCode(200).extract().path("themeId"));
        }
        given().auth().oauth2(TestTokens.agency("kent-police")).queryParam("leadGroupId", daf)
                .get("/api/v1/plans/{id}/themes", plan).then().statusCode(200).body("items.id", contains(themes.get(1)));

        String actionPlan = PlanFixtures.actionPlan(themes.get(1), "2019-20");
        String indicator = given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON)
                .body("""
                        {"name":"Visits to the One Stop Shop","unit":"visits","polarity":"HIGHER_IS_BETTER","baseline":420,
                         "target":500,"periods":["2019-20"]}""")
                .post("/api/v1/action-plans/{id}/indicators", actionPlan).then().statusCode(201).extract().path("id");
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"value\":440}").put("/api/v1/indicators/{id}/values/2019-20", indicator).then().statusCode(200)
                .body("rag", equalTo("RED")).body("directionOfTravel", equalTo("IMPROVING"));
        PlanFixtures.createAction(actionPlan, "Review One Stop Shop usage, including rural areas", "maidstone-borough-council",
                "2019-04-01", "2020-03-31", null).then().statusCode(201);
        given().auth().oauth2(PlanFixtures.officer()).queryParam("themeId", themes.get(1)).get("/api/v1/actions")
                .then().body("totalItems", equalTo(1));

        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", "*")
                .body("{\"title\":\"Community Safety Plan 2019-22\",\"periodStart\":\"2019-04-01\",\"periodEnd\":\"2022-03-31\","
                        + "\"status\":\"RECOMMENDED\"}")
                .put("/api/v1/plans/{id}", plan).then().statusCode(409).body("detail", containsString("RECOMMEND decision"));
        PlanLifecycleTest.adoptThroughGovernance(plan);
        assertEquals("SUPERSEDED", PlanFixtures.status(earlier));

        String document = given().auth().oauth2(TestTokens.pcc()).get("/api/v1/plans/{id}/document", plan)
                .then().statusCode(200).extract().asString();
        int last = -1;
        for (String priority : PRIORITIES) {
            int at = document.indexOf("<h2>" + priority + "</h2>");
            assertTrue(at > last, priority + " follows the previous theme");
            last = at;
        }
        assertTrue(document.indexOf("id=\"foreword\"") < document.indexOf("id=\"priorities\""));
        assertTrue(document.indexOf("Review One Stop Shop usage") > document.indexOf("<h2>" + PRIORITIES.get(1) + "</h2>"));

        ProposalsFromEvidenceTest.publish(area, UUID.randomUUID().toString(), "2020-21", PRIORITIES.get(0), "Knife crime");
        await().atMost(WAIT).until(() -> given().auth().oauth2(PlanFixtures.officer()).get("/api/v1/plans/{id}", plan)
                .then().extract().<Boolean>path("refreshRequired"));
        given().auth().oauth2(PlanFixtures.officer()).get("/api/v1/plans/{id}", plan).then()
                .body("refreshReasons[0]", containsString("'Knife crime'"));
    }
}
