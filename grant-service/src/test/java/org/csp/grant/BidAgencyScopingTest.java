package org.csp.grant;

import static io.restassured.RestAssured.given;
import static org.csp.grant.GrantFixtures.bidBody;
import static org.csp.grant.GrantFixtures.draftBid;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Partner agencies see and change only their own agency's bids; another agency's bid answers 404. */
@QuarkusTest
class BidAgencyScopingTest {

    @Test
    void anotherAgencysBidIsInvisibleAndCannotBeChanged() {
        String awardId = GrantFixtures.award(1_000_000, 0);
        String priority = GrantFixtures.adoptedPriorities(1).get(0);
        String police = TestTokens.agency("kent-police");
        String fire = TestTokens.agency("kent-fire");
        String id = draftBid(police, bidBody(awardId, "AGENCY", "kent-police", 1000, priority));

        given().auth().oauth2(fire).get("/api/v1/bids/{id}", id).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(fire).get("/api/v1/bids/{id}/transitions", id).then().statusCode(404);
        given().auth().oauth2(fire).header("If-Match", "\"0\"").post("/api/v1/bids/{id}/submit", id).then().statusCode(404);
        given().auth().oauth2(fire).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(bidBody(awardId, "AGENCY", "kent-fire", 1000, priority)).put("/api/v1/bids/{id}", id).then().statusCode(404);
        given().auth().oauth2(fire).header("If-Match", "\"0\"").contentType(ContentType.JSON).body("{}")
                .post("/api/v1/bids/{id}/withdraw", id).then().statusCode(404);
        given().auth().oauth2(fire).queryParam("awardId", awardId).get("/api/v1/bids").then().body("totalItems", equalTo(0));
        given().auth().oauth2(police).queryParam("awardId", awardId).get("/api/v1/bids").then().body("items.id", contains(id));

        // drafts are invisible to readers too; once submitted, the PCC's office and councillors see it, other agencies still do not
        given().auth().oauth2(TestTokens.pcc()).get("/api/v1/bids/{id}", id).then().statusCode(404);
        GrantFixtures.post(police, id, "submit", null).then().statusCode(200);
        given().auth().oauth2(TestTokens.pcc()).get("/api/v1/bids/{id}", id).then().statusCode(200);
        given().auth().oauth2(TestTokens.councillor()).get("/api/v1/bids/{id}", id).then().statusCode(200);
        given().auth().oauth2(fire).get("/api/v1/bids/{id}", id).then().statusCode(404);
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/bids/{id}", id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }

    @Test
    void aDraftWithdrawnBeforeItWasEverSubmittedStaysItsApplicantsOwn() {
        String awardId = GrantFixtures.award(1_000_000, 0);
        String priority = GrantFixtures.adoptedPriorities(1).get(0);
        String police = TestTokens.agency("kent-police");
        String neverSubmitted = draftBid(police, bidBody(awardId, "AGENCY", "kent-police", 1000, priority));
        String submitted = draftBid(police, bidBody(awardId, "AGENCY", "kent-police", 2000, priority));
        GrantFixtures.post(police, submitted, "submit", null).then().statusCode(200);
        for (String id : new String[] {neverSubmitted, submitted}) {
            GrantFixtures.post(police, id, "withdraw", "{\"reason\":\"Funded elsewhere\"}").then().statusCode(200)
                    .body("status", equalTo("WITHDRAWN"));
        }

        for (String reader : new String[] {TestTokens.councillor(), TestTokens.pcc()}) {
            given().auth().oauth2(reader).get("/api/v1/bids/{id}", neverSubmitted).then().statusCode(404);
            given().auth().oauth2(reader).get("/api/v1/bids/{id}/transitions", neverSubmitted).then().statusCode(404);
            given().auth().oauth2(reader).get("/api/v1/bids/{id}", submitted).then().statusCode(200);
            given().auth().oauth2(reader).queryParam("awardId", awardId).get("/api/v1/bids").then()
                    .body("items.id", contains(submitted));
        }
        given().auth().oauth2(police).queryParam("awardId", awardId).get("/api/v1/bids").then().body("totalItems", equalTo(2));
    }

    @Test
    void anAgencyBidsOnlyForItself() {
        String awardId = GrantFixtures.award(1_000_000, 0);
        String priority = GrantFixtures.adoptedPriorities(1).get(0);
        given().auth().oauth2(TestTokens.agency("kent-police")).contentType(ContentType.JSON)
                .body(bidBody(awardId, "AGENCY", "kent-fire", 1000, priority)).post("/api/v1/bids")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.agency("kent-police")).contentType(ContentType.JSON)
                .body(bidBody(awardId, "SUB_GROUP", "kent-police", 1000, priority)).post("/api/v1/bids")
                .then().statusCode(403);
    }

    @Test
    void anAgencyCannotSiftOrApproveEvenItsOwnBid() {
        String awardId = GrantFixtures.award(1_000_000, 0);
        String priority = GrantFixtures.adoptedPriorities(1).get(0);
        String police = TestTokens.agency("kent-police");
        String id = draftBid(police, bidBody(awardId, "AGENCY", "kent-police", 1000, priority));
        GrantFixtures.post(police, id, "submit", null).then().statusCode(200);
        GrantFixtures.post(police, id, "sift", "{\"outcome\":\"SHORTLISTED\"}").then().statusCode(403);
        GrantFixtures.post(police, id, "approve", "{\"allocatedPence\":1000}").then().statusCode(403);
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/bids/{id}", id).then().body("status", equalTo("SUBMITTED"));
    }
}
