package org.csp.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The partnership structure: bodies, member agencies, who leads or supports which priority, sub-group duties. */
@QuarkusTest
class StructureTest {

    @Test
    void aSubGroupShowsItsAgenciesAndThePrioritiesItLeadsAndSupports() {
        String socp = PlanFixtures.group("Serious & Organised Crime Panel", "SUB_GROUP", "kent-police", "maidstone-borough-council");
        String cysg = PlanFixtures.group("Community Youth Safety Group", "SUB_GROUP", "kent-police");
        String plan = PlanFixtures.plan2019(PlanFixtures.unique("area"), null);
        String ocg = PlanFixtures.theme(plan, "Protecting our communities against Organised Crime Groups", socp);
        String substance = given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON)
                .body("{\"title\":\"Reduce the impact of substance misuse\",\"supportingGroupIds\":[\"" + socp + "\",\"" + cysg + "\"]}")
                .post("/api/v1/plans/{id}/themes", plan).then().statusCode(201).extract().path("id");

        given().auth().oauth2(TestTokens.councillor()).get("/api/v1/groups/{id}", socp).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("memberAgencies", contains("kent-police", "maidstone-borough-council"))
                .body("leads.themeId", contains(ocg))
                .body("supports.themeId", contains(substance));
        given().auth().oauth2(TestTokens.agency("kent-police")).queryParam("agency", "kent-police").queryParam("kind", "SUB_GROUP")
                .queryParam("size", 200).get("/api/v1/groups").then().statusCode(200).body("items.id", hasItem(cysg));
    }

    @Test
    void aSubGroupsYearlyDutiesAreTrackedToDone() {
        String forum = PlanFixtures.group("Domestic Abuse Forum", "SUB_GROUP");
        Response created = given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON)
                .body("{\"financialYear\":\"2019-20\",\"kind\":\"EQUALITIES_ANALYSIS\",\"dueDate\":\"2019-06-30\"}")
                .post("/api/v1/groups/{id}/duties", forum);
        created.then().statusCode(201).body("status", equalTo("NOT_STARTED"));
        String duty = created.path("id");
        given().auth().oauth2(TestTokens.councillor()).get(created.header("Location")).then().statusCode(200).header("ETag", "\"0\"")
                .body("id", equalTo(duty)).body("kind", equalTo("EQUALITIES_ANALYSIS")).body("dueDate", equalTo("2019-06-30"));
        given().auth().oauth2(PlanFixtures.officer()).get("/api/v1/groups/{id}/duties/{duty}",
                PlanFixtures.group("Children and Young People Sub-Group", "SUB_GROUP"), duty).then().statusCode(404);
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON)
                .body("{\"financialYear\":\"2019-20\",\"kind\":\"EQUALITIES_ANALYSIS\"}")
                .post("/api/v1/groups/{id}/duties", forum).then().statusCode(409).body("type", equalTo(
                        "https://csp.example.org/problems/duty-exists"));
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"status\":\"DONE\",\"notes\":\"Screened under the Equality Act 2010\"}")
                .put("/api/v1/groups/{id}/duties/{duty}", forum, duty).then().statusCode(200).header("ETag", "\"1\"");
        given().auth().oauth2(TestTokens.pcc()).queryParam("financialYear", "2019-20").queryParam("status", "DONE")
                .get("/api/v1/groups/{id}/duties", forum).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].kind", equalTo("EQUALITIES_ANALYSIS"));
    }

    @Test
    void dutiesAreForSubGroupsAndStaleUpdatesAreRefused() {
        String executive = PlanFixtures.group("Safer Maidstone Partnership Executive Group", "EXECUTIVE_GROUP");
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON)
                .body("{\"financialYear\":\"2019-20\",\"kind\":\"ANNUAL_ACTION_PLAN\"}")
                .post("/api/v1/groups/{id}/duties", executive).then().statusCode(422);
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", "\"3\"")
                .body("{\"code\":\"smpeg-x\",\"name\":\"Executive\",\"kind\":\"EXECUTIVE_GROUP\"}")
                .put("/api/v1/groups/{id}", executive).then().statusCode(412);
    }

    @Test
    void aGroupCannotReportToAGroupThatReportsToIt() {
        String partnership = SeedPlanWalkthroughTest.group("smp", "Safer Maidstone Partnership", "PARTNERSHIP", null);
        String unit = SeedPlanWalkthroughTest.group("csu", "Community Safety Unit", "COMMUNITY_SAFETY_UNIT", partnership);
        String team = SeedPlanWalkthroughTest.group("cpt", "Community Protection Team", "WORKING_GROUP", unit);
        for (String below : java.util.List.of(unit, team, partnership)) {
            given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(SeedPlanWalkthroughTest.body("smp", "Safer Maidstone Partnership", "PARTNERSHIP", below))
                    .put("/api/v1/groups/{id}", partnership).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("parentId"));
        }
        given().auth().oauth2(PlanFixtures.officer()).get("/api/v1/groups/{id}", partnership).then()
                .body("parentId", equalTo(null)).header("ETag", "\"0\"");
    }

    @Test
    void invalidGroupsAreProblemsNamingTheField() {
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON)
                .body("{\"code\":\"Not Valid\",\"name\":\"x\",\"kind\":\"SUB_GROUP\"}")
                .post("/api/v1/groups").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("code"));
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON)
                .body("{\"code\":\"ok-code\",\"name\":\"x\",\"kind\":\"COMMITTEE_OF_DOOM\"}")
                .post("/api/v1/groups").then().statusCode(400).body("errors.field", hasItem("kind"));
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON)
                .body("{\"code\":\"" + PlanFixtures.unique("c") + "\",\"name\":\"x\",\"kind\":\"SUB_GROUP\",\"parentId\":\""
                        + java.util.UUID.randomUUID() + "\"}")
                .post("/api/v1/groups").then().statusCode(400).body("errors.field", hasItem("parentId"));
        String code = PlanFixtures.unique("dup");
        String body = "{\"code\":\"" + code + "\",\"name\":\"x\",\"kind\":\"WORKING_GROUP\"}";
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).body(body).post("/api/v1/groups")
                .then().statusCode(201);
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).body(body).post("/api/v1/groups")
                .then().statusCode(409).body("field", equalTo("code"));
    }

    @Test
    void aThemesSupportingGroupsAreListedInOneOrderTheIdsTextOrder() {
        java.util.List<String> groups = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            groups.add(PlanFixtures.group("Working group " + i, "WORKING_GROUP"));
        }
        String plan = PlanFixtures.plan2019(PlanFixtures.unique("area"), null);
        String theme = given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON)
                .body("{\"title\":\"Keeping children and young people safe\",\"supportingGroupIds\":[\""
                        + String.join("\",\"", groups) + "\"]}")
                .post("/api/v1/plans/{id}/themes", plan).then().statusCode(201).extract().path("id");

        java.util.List<String> inTextOrder = groups.stream().sorted().toList();
        given().auth().oauth2(PlanFixtures.officer()).get("/api/v1/themes/{id}", theme).then().statusCode(200)
                .body("supportingGroupIds", org.hamcrest.Matchers.equalTo(inTextOrder));
    }
}
