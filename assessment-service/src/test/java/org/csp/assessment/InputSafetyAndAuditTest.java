package org.csp.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Inputs the database cannot hold are 4xx naming the field; every write is attributable in the audit trail. */
@QuarkusTest
class InputSafetyAndAuditTest {

    @Test
    void aNulCharacterIsRefusedWhereverItIsSentAndChangesNothing() {
        String area = Fixtures.uniqueArea();
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body("{\"code\":\"" + area + "\",\"name\":\"Maid\\u0000stone\",\"populations\":[]}").post("/api/v1/areas")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("name"));
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/areas/{code}", area).then().statusCode(404);
        given().auth().oauth2(TestTokens.officer()).queryParam("areaCode", "maid\u0000stone").get("/api/v1/statistics/counts")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("areaCode"));
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/areas/{code}", "maid\u0000stone")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("areaCode"));
    }

    @Test
    void outOfRangeCountsAndYearsAreRefusedNotOverflowed() {
        String area = Fixtures.uniqueArea();
        Fixtures.createArea(area);
        Fixtures.importJson(TestTokens.officer(), """
                {"areaCode":"%s","sourceCode":"s-%s","vintage":"v","rows":[
                  {"categoryCode":"burglary","month":"2018-04","count":9223372036854775807},
                  {"categoryCode":"burglary","month":"0000-04","count":1}]}""".formatted(area, area), "KEEP_VALID")
                .then().statusCode(201).body("rowsRejected", equalTo(2)).body("rejections.field", hasItem("count"))
                .body("rejections.field", hasItem("month"));
        given().auth().oauth2(TestTokens.officer()).queryParam("previous", "FY0000-01").queryParam("current", "FY2018-19")
                .get("/api/v1/areas/{area}/trends", area).then().statusCode(400).body("errors.field", hasItem("previous"));
    }

    @Test
    void aPopulationOrACountWithAFractionIsRefusedNotTruncated() {
        String area = Fixtures.uniqueArea();
        Fixtures.createArea(area);
        for (String bad : new String[] {"{\"population\":171826.7}", "{\"population\":\"171826\"}"}) {
            given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(bad)
                    .put("/api/v1/areas/{area}/populations/{year}", area, 2019).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("population"));
        }
        Fixtures.importJson(TestTokens.officer(), """
                {"areaCode":"%s","sourceCode":"s-%s","vintage":"v","rows":[
                  {"categoryCode":"burglary","month":"2018-04","count":12},
                  {"categoryCode":"burglary","month":"2018-05","count":12.5}]}""".formatted(area, area), "KEEP_VALID")
                .then().statusCode(400).body("errors.field", hasItem("rows[1].count"));
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/areas/{area}", area).then().statusCode(200)
                .body("version", equalTo(0)).body("populations.year", equalTo(List.of(2017, 2018)));
    }

    @Test
    void anImportIsAuditedWithWhoAndWhichAgency() {
        String area = Fixtures.uniqueArea();
        Fixtures.createArea(area);
        String id = Fixtures.importJson(TestTokens.agency("kent-police"), """
                {"areaCode":"%s","sourceCode":"kp-%s","vintage":"v","rows":[{"categoryCode":"burglary","month":"2018-04","count":3}]}"""
                .formatted(area, area), "ALL_OR_NOTHING").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.officer()).queryParam("resourceType", "statistics-import").queryParam("resourceId", id)
                .get("/api/v1/audit").then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].actorAgency", equalTo("kent-police")).body("items[0].action", equalTo("statistics.imported"))
                .body("items[0].changes.rowsApplied", equalTo(1));
        given().auth().oauth2(TestTokens.officer()).queryParam("resourceType", "area").queryParam("resourceId", area)
                .get("/api/v1/audit").then().statusCode(200).body("items[0].action", equalTo("area.created"))
                .body("items[0].actorSubject", equalTo("officer@maidstone.test"));
    }
}
