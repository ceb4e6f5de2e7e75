package org.csp.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Odd input is refused as a problem naming what is wrong, never answered with a 5xx. */
@QuarkusTest
class NoInputGives5xxTest {

    @Test
    void aNulCharacterInTextIsRefusedNamingTheFieldAndChangesNothing() {
        String area = PlanFixtures.unique("nul");
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON)
                .body("{\"areaCode\":\"" + area + "\",\"title\":\"Bad\\u0000title\",\"periodStart\":\"2019-04-01\","
                        + "\"periodEnd\":\"2022-03-31\"}")
                .post("/api/v1/plans").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("title"));
        given().auth().oauth2(PlanFixtures.officer()).urlEncodingEnabled(false).queryParam("areaCode", "bad%00area")
                .get("/api/v1/plans").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("areaCode"));
        given().auth().oauth2(PlanFixtures.officer()).queryParam("areaCode", area).get("/api/v1/plans")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void oversizedTextAndOutOfRangePagingAreRefused() {
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON)
                .body("{\"areaCode\":\"a\",\"title\":\"" + "x".repeat(301) + "\",\"periodStart\":\"2019-04-01\",\"periodEnd\":\"2022-03-31\"}")
                .post("/api/v1/plans").then().statusCode(400).body("errors.field", hasItem("title"));
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON)
                .body("{\"areaCode\":\"a\",\"title\":\"t\",\"periodStart\":\"2019-04-01\",\"periodEnd\":\"2019-03-31\"}")
                .post("/api/v1/plans").then().statusCode(400).body("errors.field", hasItem("periodEnd"));
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON)
                .body("{\"areaCode\":\"a\",\"title\":\"t\",\"periodStart\":\"2019-02-30\",\"periodEnd\":\"2022-03-31\"}")
                .post("/api/v1/plans").then().statusCode(400).body("errors.field", hasItem("periodStart"));
        given().auth().oauth2(PlanFixtures.officer()).queryParam("size", 1000).get("/api/v1/plans").then().statusCode(400);
        given().auth().oauth2(PlanFixtures.officer()).queryParam("page", -1).get("/api/v1/actions").then().statusCode(400);
    }

    @Test
    void malformedIdsAndFiltersNeverGive5xx() {
        given().auth().oauth2(PlanFixtures.officer()).queryParam("themeId", "not-a-uuid").get("/api/v1/actions")
                .then().statusCode(lessThan(500));
        given().auth().oauth2(PlanFixtures.officer()).queryParam("status", "LOST").get("/api/v1/plans")
                .then().statusCode(lessThan(500));
        given().auth().oauth2(PlanFixtures.officer()).queryParam("overdue", "perhaps").get("/api/v1/actions")
                .then().statusCode(lessThan(500));
        given().auth().oauth2(PlanFixtures.officer()).get("/api/v1/plans/{id}/document", "42").then().statusCode(400)
                .body("errors.field", hasItem("id"));
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", "*")
                .body("{\"value\":1}").put("/api/v1/indicators/{id}/values/{p}", java.util.UUID.randomUUID(), "x".repeat(40))
                .then().statusCode(lessThan(500));
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).body("[]").post("/api/v1/plans")
                .then().statusCode(400);
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).body("null").post("/api/v1/plans")
                .then().statusCode(400);
    }
}
