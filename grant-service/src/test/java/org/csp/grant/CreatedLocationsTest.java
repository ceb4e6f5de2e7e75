package org.csp.grant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** A 201's Location answers a GET with what was created (api-guidelines), for payments, progress reports and draws. */
@QuarkusTest
class CreatedLocationsTest {

    @Test
    void aPaymentIsReadWhereItsLocationPointsAndOnlyUnderItsOwnBid() {
        String award = GrantFixtures.award(GrantFixtures.FORTY_THOUSAND_POUNDS, 500_000);
        String priority = GrantFixtures.adoptedPriorities(1).get(0);
        String bid = GrantFixtures.approvedBid(award, 1_000_000, 1_000_000, priority);
        String otherBid = GrantFixtures.approvedBid(award, 1_000_000, 1_000_000, priority);
        Response created = given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body("{\"amountPence\":250000,\"paidOn\":\"" + GrantFixtures.today() + "\",\"reference\":\"PO-2019-0412\"}")
                .post("/api/v1/bids/{id}/payments", bid);
        created.then().statusCode(201);
        String id = created.path("id");

        given().auth().oauth2(TestTokens.councillor()).get(created.header("Location")).then().statusCode(200)
                .body("id", equalTo(id)).body("bidId", equalTo(bid)).body("amountPence", equalTo(250_000))
                .body("reference", equalTo("PO-2019-0412")).body("unpaidPence", nullValue());
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/bids/{bid}/payments/{id}", otherBid, id).then().statusCode(404)
                .body("detail", equalTo("payment " + id + " does not exist"));
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/bids/{bid}/payments/{id}", bid, UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aProgressReportIsReadWhereItsLocationPointsButNotByAnotherAgency() {
        String award = GrantFixtures.award(GrantFixtures.FORTY_THOUSAND_POUNDS, 500_000);
        String priority = GrantFixtures.adoptedPriorities(1).get(0);
        String police = TestTokens.agency("kent-police");
        String bid = GrantFixtures.draftBid(police, GrantFixtures.bidBody(award, "AGENCY", "kent-police", 800_000, priority));
        GrantFixtures.post(police, bid, "submit", null).then().statusCode(200);
        GrantFixtures.post(TestTokens.officer(), bid, "sift", "{\"outcome\":\"SHORTLISTED\"}").then().statusCode(200);
        GrantFixtures.post(TestTokens.officer(), bid, "approve", "{\"allocatedPence\":800000}").then().statusCode(200);
        Response created = given().auth().oauth2(police).contentType(ContentType.JSON)
                .body("{\"reportedOn\":\"2019-08-31\",\"summary\":\"Patrols in 6 of 8 hotspots\",\"rag\":\"AMBER\"}")
                .post("/api/v1/bids/{id}/progress-reports", bid);
        created.then().statusCode(201);

        given().auth().oauth2(police).get(created.header("Location")).then().statusCode(200)
                .body("id", equalTo(created.path("id"))).body("rag", equalTo("AMBER"))
                .body("summary", equalTo("Patrols in 6 of 8 hotspots"));
        given().auth().oauth2(TestTokens.agency("kent-fire")).get(created.header("Location")).then().statusCode(404);
    }

    @Test
    void aDrawIsReadWhereItsLocationPointsAndOnlyUnderItsOwnAward() {
        String award = GrantFixtures.award(GrantFixtures.FORTY_THOUSAND_POUNDS, 500_000);
        String otherAward = GrantFixtures.award(GrantFixtures.FORTY_THOUSAND_POUNDS, 500_000);
        Response created = given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body("{\"amountPence\":75000,\"reason\":\"Needle sweeps\",\"approvedBy\":\"CSP executive\"}")
                .post("/api/v1/awards/{id}/tactical-draws", award);
        created.then().statusCode(201);
        String id = created.path("id");

        given().auth().oauth2(TestTokens.pcc()).get(created.header("Location")).then().statusCode(200)
                .body("id", equalTo(id)).body("awardId", equalTo(award)).body("amountPence", equalTo(75_000))
                .body("tacticalPotRemainingPence", nullValue());
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/awards/{award}/tactical-draws/{id}", otherAward, id)
                .then().statusCode(404);
    }
}
