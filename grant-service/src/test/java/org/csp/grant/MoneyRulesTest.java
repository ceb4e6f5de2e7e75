package org.csp.grant;

import static io.restassured.RestAssured.given;
import static org.csp.grant.GrantFixtures.approvedBid;
import static org.csp.grant.GrantFixtures.getAward;
import static org.csp.grant.GrantFixtures.post;
import static org.csp.grant.GrantFixtures.shortlistedBid;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.Map;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Money is exact: allocations within the award outside the pot, draws within the pot, payments within allocations. */
@QuarkusTest
class MoneyRulesTest {

    static Response draw(String awardId, String amount) {
        return given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body("{\"amountPence\":" + amount + ",\"reason\":\"Needle sweeps, Lower Boxley Road\",\"approvedBy\":\"CSP executive\"}")
                .post("/api/v1/awards/{id}/tactical-draws", awardId);
    }

    static Response pay(String bidId, String amount) {
        return payOn(bidId, amount, GrantFixtures.today());
    }

    static Response payOn(String bidId, String amount, String paidOn) {
        return given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body("{\"amountPence\":" + amount + ",\"paidOn\":\"" + paidOn + "\",\"reference\":\"PO-1\"}")
                .post("/api/v1/bids/{id}/payments", bidId);
    }

    @Test
    void allocationsNeverExceedTheAwardOutsideTheTacticalPot() {
        String awardId = GrantFixtures.award(1_000_000, 200_000);
        String priority = GrantFixtures.adoptedPriorities(1).get(0);
        approvedBid(awardId, 500_000, 500_000, priority);
        String second = shortlistedBid(awardId, 400_000, priority);

        post(TestTokens.officer(), second, "approve", "{\"allocatedPence\":400000}").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://csp.example.org/problems/allocation-exceeds-award"))
                .body("requestedPence", equalTo(400_000)).body("remainingPence", equalTo(300_000))
                .body("awardPence", equalTo(1_000_000)).body("tacticalPotPence", equalTo(200_000))
                .body("allocatedPence", equalTo(500_000));
        getAward(awardId).then().body("allocatedPence", equalTo(500_000)).body("availableForAllocationPence", equalTo(300_000));
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/bids/{id}", second).then().body("status", equalTo("SIFTED"))
                .body("allocatedPence", equalTo(0));

        post(TestTokens.officer(), second, "approve", "{\"allocatedPence\":300000}").then().statusCode(200)
                .body("allocatedPence", equalTo(300_000));
        getAward(awardId).then().body("allocatedPence", equalTo(800_000)).body("availableForAllocationPence", equalTo(0))
                .body("tacticalPotRemainingPence", equalTo(200_000));
    }

    @Test
    void anAllocationIsNeverMoreThanRequestedAndChangesStayWithinTheAward() {
        String awardId = GrantFixtures.award(1_000_000, 0);
        String priority = GrantFixtures.adoptedPriorities(1).get(0);
        String bid = shortlistedBid(awardId, 600_000, priority);
        post(TestTokens.officer(), bid, "approve", "{\"allocatedPence\":600001}").then().statusCode(422)
                .body("type", equalTo("https://csp.example.org/problems/allocation-exceeds-request"));
        post(TestTokens.officer(), bid, "approve", "{\"allocatedPence\":450000}").then().statusCode(200);
        approvedBid(awardId, 500_000, 500_000, priority);

        String change = "{\"allocatedPence\":%d,\"reason\":\"Revised costs\"}";
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).header("If-Match", GrantFixtures.etag(bid))
                .body(change.formatted(550_000)).put("/api/v1/bids/{id}/allocation", bid).then().statusCode(422)
                .body("type", equalTo("https://csp.example.org/problems/allocation-exceeds-award"))
                .body("requestedPence", equalTo(100_000)).body("remainingPence", equalTo(50_000));
        pay(bid, "100000").then().statusCode(201);
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).header("If-Match", GrantFixtures.etag(bid))
                .body(change.formatted(99_999)).put("/api/v1/bids/{id}/allocation", bid).then().statusCode(422)
                .body("type", equalTo("https://csp.example.org/problems/allocation-below-payments")).body("paidPence", equalTo(100_000));
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).header("If-Match", GrantFixtures.etag(bid))
                .body(change.formatted(400_000)).put("/api/v1/bids/{id}/allocation", bid).then().statusCode(200)
                .body("allocatedPence", equalTo(400_000)).body("unpaidPence", equalTo(300_000));
        getAward(awardId).then().body("allocatedPence", equalTo(900_000)).body("availableForAllocationPence", equalTo(100_000));
    }

    @Test
    void aFundedBidIsNeverAllocatedNothingItIsWithdrawnInstead() {
        String awardId = GrantFixtures.award(1_000_000, 0);
        String priority = GrantFixtures.adoptedPriorities(1).get(0);
        String bid = shortlistedBid(awardId, 300_000, priority);
        post(TestTokens.officer(), bid, "approve", "{\"allocatedPence\":0}").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("allocatedPence"))
                .body("errors[0].message", containsString("withdrawn"));
        post(TestTokens.officer(), bid, "approve", "{\"allocatedPence\":200000}").then().statusCode(200);
        Map<String, Object> awardBefore = getAward(awardId).then().extract().jsonPath().getMap("");
        Map<String, Object> bidBefore = RefusedRequestsTest.bid(bid);

        String change = "{\"allocatedPence\":%d,\"reason\":\"Project dropped\"}";
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).header("If-Match", GrantFixtures.etag(bid))
                .body(change.formatted(0)).put("/api/v1/bids/{id}/allocation", bid).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("allocatedPence"))
                .body("errors[0].message", containsString("withdrawn"));
        assertEquals(awardBefore, getAward(awardId).then().extract().jsonPath().getMap(""));
        assertEquals(bidBefore, RefusedRequestsTest.bid(bid));

        pay(bid, "1").then().statusCode(201);
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).header("If-Match", GrantFixtures.etag(bid))
                .body(change.formatted(0)).put("/api/v1/bids/{id}/allocation", bid).then().statusCode(400)
                .body("errors[0].field", equalTo("allocatedPence"));
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).header("If-Match", GrantFixtures.etag(bid))
                .body(change.formatted(1)).put("/api/v1/bids/{id}/allocation", bid).then().statusCode(200)
                .body("allocatedPence", equalTo(1)).body("unpaidPence", equalTo(0));
        getAward(awardId).then().body("allocatedPence", equalTo(1)).body("availableForAllocationPence", equalTo(999_999));
    }

    @Test
    void drawsNeverExceedTheTacticalPot() {
        String awardId = GrantFixtures.award(4_000_000, 500_000);
        draw(awardId, "450000").then().statusCode(201).body("tacticalPotRemainingPence", equalTo(50_000))
                .body("approvedBy", equalTo("CSP executive"));
        draw(awardId, "50001").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://csp.example.org/problems/tactical-pot-exceeded"))
                .body("requestedPence", equalTo(50_001)).body("remainingPence", equalTo(50_000))
                .body("tacticalPotPence", equalTo(500_000)).body("drawnPence", equalTo(450_000));
        draw(awardId, "50000").then().statusCode(201).body("tacticalPotRemainingPence", equalTo(0));
        draw(awardId, "1").then().statusCode(422);
        getAward(awardId).then().body("tacticalPotDrawnPence", equalTo(500_000)).body("tacticalPotRemainingPence", equalTo(0))
                .body("availableForAllocationPence", equalTo(3_500_000));
        given().auth().oauth2(TestTokens.pcc()).get("/api/v1/awards/{id}/tactical-draws", awardId).then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items[0].reason", equalTo("Needle sweeps, Lower Boxley Road"));
    }

    @Test
    void paymentsNeverExceedTheAllocationAndShowSpendToDate() {
        String awardId = GrantFixtures.award(1_000_000, 0);
        String priority = GrantFixtures.adoptedPriorities(1).get(0);
        String unapproved = shortlistedBid(awardId, 100_000, priority);
        pay(unapproved, "100").then().statusCode(409).body("type", equalTo("https://csp.example.org/problems/bid-not-payable"));
        String bid = approvedBid(awardId, 300_000, 250_000, priority);
        pay(bid, "200000").then().statusCode(201).body("unpaidPence", equalTo(50_000));
        pay(bid, "50001").then().statusCode(422).body("type", equalTo("https://csp.example.org/problems/payment-exceeds-allocation"))
                .body("requestedPence", equalTo(50_001)).body("remainingPence", equalTo(50_000))
                .body("allocatedPence", equalTo(250_000)).body("paidPence", equalTo(200_000));
        post(TestTokens.officer(), bid, "start-delivery", null).then().statusCode(200);
        pay(bid, "30000").then().statusCode(201);
        post(TestTokens.officer(), bid, "complete", null).then().statusCode(200);
        pay(bid, "1").then().statusCode(409);
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/bids/{id}", bid).then()
                .body("paidPence", equalTo(230_000)).body("unpaidPence", equalTo(20_000));
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/bids/{id}/payments", bid).then()
                .body("items.amountPence", org.hamcrest.Matchers.contains(200_000, 30_000)).body("totalItems", equalTo(2));
    }

    /**
     * Before, a payment not yet made (dated after today) was recorded, and so was one dated before the bid was approved.
     * approvedOn is the day the panel approved the bid (given on approval), so money paid before it is not a payment of it.
     */
    @Test
    void aPaymentIsDatedFromTheApprovalDayToToday() {
        String awardId = GrantFixtures.award(1_000_000, 0);
        String priority = GrantFixtures.adoptedPriorities(1).get(0);
        String bid = shortlistedBid(awardId, 300_000, priority);
        post(TestTokens.officer(), bid, "approve", "{\"allocatedPence\":250000,\"approvedOn\":\"2019-03-14\"}").then()
                .statusCode(200).body("approvedOn", equalTo("2019-03-14"));
        // two days ahead is after the service's today even if midnight passes during the test
        String afterToday = LocalDate.parse(GrantFixtures.today()).plusDays(2).toString();

        payOn(bid, "100000", afterToday).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://csp.example.org/problems/payment-dated-in-future"))
                .body("field", equalTo("paidOn")).body("paidOn", equalTo(afterToday));
        payOn(bid, "100000", "2019-03-13").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://csp.example.org/problems/payment-before-approval"))
                .body("field", equalTo("paidOn")).body("paidOn", equalTo("2019-03-13")).body("approvedOn", equalTo("2019-03-14"));
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/bids/{id}", bid).then().body("paidPence", equalTo(0));
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/bids/{id}/payments", bid).then().body("totalItems", equalTo(0));

        payOn(bid, "100000", "2019-03-14").then().statusCode(201).body("paidOn", equalTo("2019-03-14"));
        String today = GrantFixtures.today();
        payOn(bid, "100000", today).then().statusCode(201).body("unpaidPence", equalTo(50_000));
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/bids/{id}/payments", bid).then()
                .body("items.paidOn", org.hamcrest.Matchers.contains("2019-03-14", today));
    }

    @Test
    void withdrawingAnApprovedBidReturnsItsUnpaidAllocationToTheAward() {
        String awardId = GrantFixtures.award(1_000_000, 0);
        String priority = GrantFixtures.adoptedPriorities(1).get(0);
        String bid = approvedBid(awardId, 400_000, 400_000, priority);
        pay(bid, "150000").then().statusCode(201);
        post(TestTokens.officer(), bid, "withdraw", "{\"reason\":\"Venue closed\"}").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("allocatedPence", equalTo(150_000));
        getAward(awardId).then().body("allocatedPence", equalTo(150_000)).body("availableForAllocationPence", equalTo(850_000));
    }

    @Test
    void amountsAreWholeNonNegativePence() {
        String awardId = GrantFixtures.award(1_000_000, 100_000);
        for (String bad : new String[] {"12.5", "-1", "0", "\"100\"", "true"}) {
            draw(awardId, bad).then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("amountPence"));
        }
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).body("{\"amountPence\":10}")
                .post("/api/v1/awards/{id}/tactical-draws", awardId).then().statusCode(400)
                .body("errors.field", hasItem("reason")).body("errors.field", hasItem("approvedBy"));
        getAward(awardId).then().body("tacticalPotDrawnPence", equalTo(0));
    }
}
