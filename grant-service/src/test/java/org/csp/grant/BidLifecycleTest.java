package org.csp.grant;

import static io.restassured.RestAssured.given;
import static org.csp.grant.GrantFixtures.bidBody;
import static org.csp.grant.GrantFixtures.draftBid;
import static org.csp.grant.GrantFixtures.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** DRAFT → SUBMITTED → SIFTED → APPROVED → IN_DELIVERY → COMPLETED, or WITHDRAWN; each step recorded with who and when. */
@QuarkusTest
class BidLifecycleTest {

    @Test
    void aBidGoesThroughItsWholeLifecycleAndEveryStepIsRecordedWithWhoAndWhen() {
        String awardId = GrantFixtures.award(4_000_000, 500_000);
        String priority = GrantFixtures.adoptedPriorities(1).get(0);
        String police = TestTokens.agency("kent-police");
        String id = draftBid(police, bidBody(awardId, "AGENCY", "kent-police", 1_200_000, priority));
        given().auth().oauth2(police).get("/api/v1/bids/{id}", id).then().statusCode(200).header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT")).body("ownerAgency", equalTo("kent-police"))
                .body("financialYear", equalTo("2019-20"));

        post(police, id, "submit", null).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        post(TestTokens.officer(), id, "sift", "{\"outcome\":\"SHORTLISTED\",\"reason\":\"Meets the priority\"}")
                .then().statusCode(200).body("status", equalTo("SIFTED")).body("siftOutcome", equalTo("SHORTLISTED"));
        post(TestTokens.officer(), id, "approve", "{\"allocatedPence\":1000000}").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("allocatedPence", equalTo(1_000_000))
                .body("amountRequestedPence", equalTo(1_200_000));
        post(TestTokens.admin(), id, "start-delivery", null).then().statusCode(200).body("status", equalTo("IN_DELIVERY"));
        post(TestTokens.officer(), id, "complete", null).then().statusCode(200).body("status", equalTo("COMPLETED"));

        given().auth().oauth2(police).get("/api/v1/bids/{id}/transitions", id).then().statusCode(200)
                .body("items.toStatus", contains("DRAFT", "SUBMITTED", "SIFTED", "APPROVED", "IN_DELIVERY", "COMPLETED"))
                .body("items[1].actorSubject", equalTo("system@kent-police.test")).body("items[1].actorAgency", equalTo("kent-police"))
                .body("items[2].actorSubject", equalTo("officer@maidstone.test")).body("items[2].reason", startsWith("SHORTLISTED"))
                .body("items[4].actorSubject", equalTo("admin@maidstone.test"))
                .body("items[5].occurredAt", not(equalTo(null))).body("totalItems", equalTo(6));
        given().auth().oauth2(police).queryParam("page", 1).queryParam("size", 4).get("/api/v1/bids/{id}/transitions", id).then()
                .statusCode(200).body("items.toStatus", contains("IN_DELIVERY", "COMPLETED")).body("totalPages", equalTo(2));
        given().auth().oauth2(TestTokens.officer()).queryParam("resourceType", "grant-bid").queryParam("resourceId", id)
                .get("/api/v1/audit").then().statusCode(200).body("items.action", hasItem("bid.approved"))
                .body("items.actorSubject", hasItem("system@kent-police.test"));
    }

    @Test
    void aTransitionNotAllowedFromTheCurrentStateIsAConflictThatSaysWhy() {
        String awardId = GrantFixtures.award(1_000_000, 0);
        String priority = GrantFixtures.adoptedPriorities(1).get(0);
        String id = draftBid(TestTokens.officer(), bidBody(awardId, "SUB_GROUP", "domestic-abuse-forum", 1000, priority));
        post(TestTokens.officer(), id, "approve", "{\"allocatedPence\":1000}").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://csp.example.org/problems/bid-transition-not-allowed"))
                .body("currentStatus", equalTo("DRAFT")).body("requestedStatus", equalTo("APPROVED"))
                .body("allowedStatuses", contains("SUBMITTED", "WITHDRAWN"))
                .body("detail", startsWith("bid " + id + " is DRAFT; it cannot move to APPROVED"));
        post(TestTokens.officer(), id, "complete", null).then().statusCode(409);
        post(TestTokens.officer(), id, "sift", "{\"outcome\":\"SHORTLISTED\"}").then().statusCode(409);
        post(TestTokens.officer(), id, "withdraw", "{\"reason\":\"Project lead left\"}").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        post(TestTokens.officer(), id, "submit", null).then().statusCode(409)
                .body("detail", startsWith("bid " + id + " is WITHDRAWN; it cannot move to SUBMITTED (no further transition"));
    }

    @Test
    void aRejectedBidNeedsAReasonAndGoesNoFurther() {
        String awardId = GrantFixtures.award(1_000_000, 0);
        String priority = GrantFixtures.adoptedPriorities(1).get(0);
        String id = draftBid(TestTokens.officer(), bidBody(awardId, "SUB_GROUP", "cysg", 5000, priority));
        post(TestTokens.officer(), id, "submit", null).then().statusCode(200);
        post(TestTokens.officer(), id, "sift", "{\"outcome\":\"REJECTED\"}").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        post(TestTokens.officer(), id, "sift", "{\"outcome\":\"REJECTED\",\"reason\":\"Mainstream funded already\"}")
                .then().statusCode(200).body("siftOutcome", equalTo("REJECTED")).body("siftReason", equalTo("Mainstream funded already"));
        post(TestTokens.officer(), id, "approve", "{\"allocatedPence\":5000}").then().statusCode(409)
                .body("detail", startsWith("bid " + id + " is SIFTED (REJECTED)"));
    }

    @Test
    void aBidMustNameAtLeastOneCurrentPriority() {
        String awardId = GrantFixtures.award(1_000_000, 0);
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body(bidBody(awardId, "SUB_GROUP", "cysg", 5000)).post("/api/v1/bids")
                .then().statusCode(400).body("errors.field", hasItem("priorityIds"));
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body(bidBody(awardId, "SUB_GROUP", "cysg", 5000, UUID.randomUUID().toString())).post("/api/v1/bids")
                .then().statusCode(422).body("type", equalTo("https://csp.example.org/problems/priority-not-current"));
    }

    @Test
    void onlyADraftCanBeEditedAndEditsNeedTheCurrentETag() {
        String awardId = GrantFixtures.award(1_000_000, 0);
        String priority = GrantFixtures.adoptedPriorities(1).get(0);
        String id = draftBid(TestTokens.officer(), bidBody(awardId, "SUB_GROUP", "cysg", 5000, priority));
        String changed = bidBody(awardId, "SUB_GROUP", "cysg", 7000, priority);
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).body(changed)
                .put("/api/v1/bids/{id}", id).then().statusCode(428);
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).body(changed).header("If-Match", "\"5\"")
                .put("/api/v1/bids/{id}", id).then().statusCode(412);
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).body(changed).header("If-Match", "\"0\"")
                .put("/api/v1/bids/{id}", id).then().statusCode(200).header("ETag", "\"1\"")
                .body("amountRequestedPence", equalTo(7000));
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body(changed.replace("\"deliveryEnd\":\"2020-03-31\"", "\"deliveryEnd\":\"2019-01-01\"")).header("If-Match", "\"1\"")
                .put("/api/v1/bids/{id}", id).then().statusCode(400).body("errors.field", hasItem("deliveryEnd"));
        post(TestTokens.officer(), id, "submit", null).then().statusCode(200);
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).body(changed).header("If-Match", "*")
                .put("/api/v1/bids/{id}", id).then().statusCode(409)
                .body("type", equalTo("https://csp.example.org/problems/bid-not-draft"));
        given().auth().oauth2(TestTokens.officer()).post("/api/v1/bids/{id}/submit", id).then().statusCode(428);
    }

    @Test
    void bidListsFilterByYearStatusApplicantAndPriority() {
        String awardId = GrantFixtures.award(1_000_000, 0);
        var priorities = GrantFixtures.adoptedPriorities(2);
        String applicant = "group-" + UUID.randomUUID().toString().substring(0, 8);
        String a = draftBid(TestTokens.officer(), bidBody(awardId, "SUB_GROUP", applicant, 1000, priorities.get(0)));
        String b = draftBid(TestTokens.officer(), bidBody(awardId, "SUB_GROUP", applicant, 2000, priorities.get(1)));
        post(TestTokens.officer(), b, "submit", null).then().statusCode(200);

        given().auth().oauth2(TestTokens.officer()).queryParam("applicant", applicant).get("/api/v1/bids")
                .then().statusCode(200).body("totalItems", equalTo(2)).body("items.id", contains(a, b));
        given().auth().oauth2(TestTokens.officer()).queryParam("applicant", applicant).queryParam("status", "SUBMITTED")
                .queryParam("year", "2019-20").get("/api/v1/bids").then().body("items.id", contains(b));
        given().auth().oauth2(TestTokens.officer()).queryParam("priorityId", priorities.get(0)).get("/api/v1/bids")
                .then().body("items.id", contains(a));
        given().auth().oauth2(TestTokens.officer()).queryParam("applicant", applicant).queryParam("year", "2020-21")
                .get("/api/v1/bids").then().body("totalItems", equalTo(0));
        given().auth().oauth2(TestTokens.officer()).queryParam("applicant", applicant).queryParam("size", 1).queryParam("page", 1)
                .get("/api/v1/bids").then().body("items.id", contains(b)).body("totalPages", equalTo(2));
        given().auth().oauth2(TestTokens.councillor()).queryParam("applicant", applicant).get("/api/v1/bids")
                .then().body("items.id", contains(b));
        given().auth().oauth2(TestTokens.officer()).queryParam("status", "NOPE").get("/api/v1/bids").then().statusCode(400)
                .body("errors.field", hasItem("status"));
        given().auth().oauth2(TestTokens.officer()).queryParam("priorityId", "not-a-uuid").get("/api/v1/bids").then().statusCode(400)
                .body("errors.field", hasItem("priorityId"));
    }
}
