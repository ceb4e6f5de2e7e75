package org.csp.grant;

import static io.restassured.RestAssured.given;
import static org.csp.grant.GrantFixtures.bidBody;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Whatever a caller sends, the answer is a 4xx problem naming what is wrong, never a 5xx. */
@QuarkusTest
class InputSafetyTest {

    @Test
    void badInputIsAProblemNeverAServerError() {
        String awardId = GrantFixtures.award(1_000_000, 0);
        String priority = GrantFixtures.adoptedPriorities(1).get(0);
        String valid = bidBody(awardId, "SUB_GROUP", "cysg", 1000, priority);
        List<String> bodies = List.of(
                valid.replace("\"deliveryStart\":\"2019-04-01\"", "\"deliveryStart\":\"+999999-01-01\""),
                valid.replace("\"deliveryEnd\":\"2020-03-31\"", "\"deliveryEnd\":\"2020-02-30\""),
                valid.replace("Domestic abuse one-stop shop outreach", "x".repeat(301)),
                valid.replace("\"applicantType\":\"SUB_GROUP\"", "\"applicantType\":\"CHARITY\""),
                valid.replace("\"awardId\":\"" + awardId + "\"", "\"awardId\":\"not-a-uuid\""),
                valid.replace("\"priorityIds\":[\"" + priority + "\"]", "\"priorityIds\":[null]"),
                valid.replace("\"priorityIds\":[\"" + priority + "\"]", "\"priorityIds\":\"" + priority + "\""),
                valid.replace("\"applicant\":\"cysg\"", "\"applicant\":\"Robert'); DROP TABLE grant_bid;--\""),
                "[]", "", "null", "{\"awardId\":{}}");
        for (String body : bodies) {
            Response response = given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/bids");
            assertTrue(response.statusCode() >= 400 && response.statusCode() < 500,
                    response.statusCode() + " for " + body.substring(0, Math.min(body.length(), 80)) + ": " + response.asString());
            assertTrue(String.valueOf(response.contentType()).startsWith("application/problem+json"), response.asString());
        }
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body(valid.replace("\"deliveryStart\":\"2019-04-01\"", "\"deliveryStart\":\"1850-04-01\""))
                .post("/api/v1/bids").then().statusCode(400).body("errors.field", hasItem("deliveryStart"));
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/bids/{id}", "42").then().statusCode(400)
                .body("errors.field", hasItem("id"));
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/awards/{id}/pcc-return", "../../etc").then().statusCode(400)
                .body("errors.field", hasItem("id"));
        given().auth().oauth2(TestTokens.officer()).queryParam("size", 100_000).get("/api/v1/bids").then().statusCode(400);
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.TEXT).body("hello").post("/api/v1/bids")
                .then().statusCode(415);
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body("{\"reportedOn\":\"2019-08-31\",\"summary\":\"" + "y".repeat(5001) + "\",\"rag\":\"GREEN\"}")
                .post("/api/v1/bids/{id}/progress-reports", java.util.UUID.randomUUID()).then().statusCode(400)
                .body("errors.field", hasItem("summary"));
    }

    @Test
    void aNulCharacterInAJsonFieldOrAParameterIsA400NamingItAndChangesNothing() {
        String year = GrantFixtures.unusedFinancialYear();
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body(GrantFixtures.awardBody("Maidstone\\u0000BC", year, 1_000_000, 0)).post("/api/v1/awards")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("recipient"));
        given().auth().oauth2(TestTokens.officer()).queryParam("applicant", "kent\u0000police").get("/api/v1/bids")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("applicant"));
        given().auth().oauth2(TestTokens.officer()).queryParam("year", year).get("/api/v1/awards")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }
}
