package org.csp.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StatisticsImportTest {

    static String body(String area, String source, String agency, String rows) {
        return """
                {"areaCode":"%s","sourceCode":"%s","vintage":"v1",%s"rows":[%s]}"""
                .formatted(area, source, agency == null ? "" : "\"agency\":\"" + agency + "\",", rows);
    }

    static final String GOOD = """
            {"categoryCode":"burglary","month":"2018-04","count":80},
            {"categoryCode":"public-order","month":"2018-04","unavailable":true}""";
    static final String BAD = """
            {"categoryCode":"burglary","month":"2018-13","count":80},
            {"categoryCode":"fly-tipping","month":"2018-05","count":3},
            {"categoryCode":"robbery","month":"2018-05","count":-1},
            {"categoryCode":"robbery","month":"2018-06","count":4}""";

    static int stored(String area) {
        return given().auth().oauth2(TestTokens.officer()).queryParam("areaCode", area).get("/api/v1/statistics/counts")
                .then().statusCode(200).extract().path("totalItems");
    }

    @Test
    void reImportingTheSameFiguresDoesNotDoubleCountAndUnavailableIsNotZero() {
        String area = Fixtures.uniqueArea();
        Fixtures.createArea(area);
        String body = body(area, "src-" + area, null, GOOD);
        Fixtures.importJson(TestTokens.officer(), body, "ALL_OR_NOTHING").then().statusCode(201)
                .body("rowsApplied", equalTo(2)).body("rowsUnchanged", equalTo(0));
        Fixtures.importJson(TestTokens.officer(), body, "ALL_OR_NOTHING").then().statusCode(201)
                .body("rowsApplied", equalTo(0)).body("rowsUnchanged", equalTo(2));
        given().auth().oauth2(TestTokens.councillor()).queryParam("areaCode", area).queryParam("period", "2018-04")
                .get("/api/v1/statistics/counts").then().statusCode(200).body("totalItems", equalTo(2))
                .body("items.find { it.categoryCode == 'burglary' }.count", equalTo(80))
                .body("items.find { it.categoryCode == 'public-order' }.count", nullValue())
                .body("items.find { it.categoryCode == 'public-order' }.unavailable", equalTo(true));
    }

    @Test
    void allOrNothingRefusesTheWholeFileNamingEachBadRow() {
        String area = Fixtures.uniqueArea();
        Fixtures.createArea(area);
        Fixtures.importJson(TestTokens.officer(), body(area, "src-" + area, null, BAD), "ALL_OR_NOTHING").then().statusCode(422)
                .contentType("application/problem+json").body("rowsRejected", equalTo(3))
                .body("rejections[0].line", equalTo(0)).body("rejections[0].field", equalTo("month"))
                .body("rejections[1].field", equalTo("categoryCode")).body("rejections[2].line", equalTo(2));
        given().auth().oauth2(TestTokens.officer()).queryParam("areaCode", area).get("/api/v1/statistics/counts")
                .then().body("totalItems", equalTo(0));
    }

    @Test
    void keepValidAppliesTheGoodRowsAndReportsTheRest() {
        String area = Fixtures.uniqueArea();
        Fixtures.createArea(area);
        String id = Fixtures.importJson(TestTokens.officer(), body(area, "src-" + area, null, BAD), "KEEP_VALID").then()
                .statusCode(201).body("rowsApplied", equalTo(1)).body("rowsRejected", equalTo(3))
                .body("rejections.line", hasItem(1)).extract().path("id");
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/statistics/imports/{id}", id).then().statusCode(200)
                .body("rowsRejected", equalTo(3));
        org.junit.jupiter.api.Assertions.assertEquals(1, stored(area));
    }

    @Test
    void aPartnerAgencyImportsOnlyAsItselfAndCannotSeeAnotherAgencysImports() {
        String area = Fixtures.uniqueArea();
        Fixtures.createArea(area);
        String police = TestTokens.agency("kent-police");
        Fixtures.importJson(police, body(area, "police-" + area, "kent-fire", GOOD), "KEEP_VALID").then().statusCode(403)
                .body("type", equalTo("https://csp.example.org/problems/foreign-agency"));
        String id = Fixtures.importJson(police, body(area, "police-" + area, null, GOOD), "KEEP_VALID").then().statusCode(201)
                .body("agency", equalTo("kent-police")).extract().path("id");
        String fire = TestTokens.agency("kent-fire");
        given().auth().oauth2(fire).get("/api/v1/statistics/imports/{id}", id).then().statusCode(404);
        given().auth().oauth2(fire).queryParam("areaCode", area).get("/api/v1/statistics/imports").then().statusCode(200)
                .body("totalItems", equalTo(0));
        given().auth().oauth2(police).get("/api/v1/statistics/imports/{id}", id).then().statusCode(200);
        Fixtures.importJson(fire, body(area, "police-" + area, null, GOOD), "KEEP_VALID").then().statusCode(403)
                .body("type", equalTo("https://csp.example.org/problems/foreign-source"));
    }

    @Test
    void malformedRequestsAre4xxNamingTheField() {
        String area = Fixtures.uniqueArea();
        Fixtures.createArea(area);
        Fixtures.importJson(TestTokens.officer(), body(area, "src-" + area, null, "{\"categoryCode\":\"burglary\",\"month\":\"2018-04\",\"count\":\"many\"}"), "KEEP_VALID")
                .then().statusCode(400).body("errors.field", hasItem("rows[0].count"));
        Fixtures.importJson(TestTokens.officer(), body("nowhere-" + area, "src-" + area, null, GOOD), "KEEP_VALID")
                .then().statusCode(404).body("type", equalTo("https://csp.example.org/problems/unknown-area"));
        Fixtures.importJson(TestTokens.officer(), body(area, "src-" + area, null, GOOD), "SOMETIMES").then().statusCode(400);
        given().auth().oauth2(TestTokens.officer()).queryParam("categoryCode", "fly-tipping").get("/api/v1/statistics/counts")
                .then().statusCode(404).body("categoryCode", equalTo("fly-tipping"));
        given().auth().oauth2(TestTokens.officer()).queryParam("period", "2018-99").get("/api/v1/statistics/counts")
                .then().statusCode(400).body("errors.field", hasItem("period"));
    }
}
