package org.csp.grant;

import static io.restassured.RestAssured.given;
import static org.csp.grant.GrantFixtures.getAward;
import static org.csp.grant.GrantFixtures.post;
import static org.csp.grant.GrantFixtures.shortlistedBid;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.oneOf;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A bid's approvedOn is the day the panel approved it, given on approval. Before, it was always the day an officer called
 * approveBid, so a bid the panel approved on 14 March and recorded on 20 March showed 20 March as its award date in the
 * reports and the 360Giving export, and a grant decided before go-live could not be entered with its date.
 */
@QuarkusTest
class ApprovalDateTest {

    @Test
    void aBidIsApprovedOnTheDayThePanelDecidedWhichTheBidAndTheReportsShow() {
        String awardId = GrantFixtures.award(1_000_000, 0);
        String priority = GrantFixtures.adoptedPriorities(1).get(0);
        String recordedFirst = shortlistedBid(awardId, 300_000, priority);
        post(TestTokens.officer(), recordedFirst, "approve", "{\"allocatedPence\":250000}").then().statusCode(200);
        String bid = shortlistedBid(awardId, 300_000, priority);

        post(TestTokens.officer(), bid, "approve", "{\"allocatedPence\":250000,\"approvedOn\":\"2019-03-14\"}").then()
                .statusCode(200).body("status", equalTo("APPROVED")).body("approvedOn", equalTo("2019-03-14"));
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/bids/{id}", bid).then().statusCode(200)
                .body("approvedOn", equalTo("2019-03-14"));
        given().auth().oauth2(TestTokens.officer()).queryParam("awardId", awardId).get("/api/v1/bids").then().statusCode(200)
                .body("items.find { it.id == '" + bid + "' }.approvedOn", equalTo("2019-03-14"));
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/awards/{id}/360giving", awardId).then().statusCode(200)
                .body("grants.find { it.id.endsWith('" + bid + "') }.awardDate", equalTo("2019-03-14"));
        // the reports list projects in the order the panel approved them, not the order they were recorded
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/awards/{id}/pcc-return", awardId).then().statusCode(200)
                .body("projects.bidId", contains(bid, recordedFirst));
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/awards/{id}/progress-report", awardId).then().statusCode(200)
                .body("projects.bidId", contains(bid, recordedFirst));
    }

    @Test
    void withoutAnApprovalDateABidIsApprovedToday() {
        String awardId = GrantFixtures.award(1_000_000, 0);
        String priority = GrantFixtures.adoptedPriorities(1).get(0);
        String bid = shortlistedBid(awardId, 300_000, priority);
        String before = GrantFixtures.today();
        post(TestTokens.officer(), bid, "approve", "{\"allocatedPence\":250000}").then().statusCode(200)
                .body("approvedOn", oneOf(before, GrantFixtures.today()));
    }

    @Test
    void anApprovalIsNotDatedAfterToday() {
        String awardId = GrantFixtures.award(1_000_000, 0);
        String priority = GrantFixtures.adoptedPriorities(1).get(0);
        String bid = shortlistedBid(awardId, 300_000, priority);
        // two days ahead is after the service's today even if midnight passes during the test
        String afterToday = LocalDate.parse(GrantFixtures.today()).plusDays(2).toString();

        post(TestTokens.officer(), bid, "approve", "{\"allocatedPence\":250000,\"approvedOn\":\"" + afterToday + "\"}").then()
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://csp.example.org/problems/approval-dated-in-future"))
                .body("field", equalTo("approvedOn")).body("approvedOn", equalTo(afterToday));
        post(TestTokens.officer(), bid, "approve", "{\"allocatedPence\":250000,\"approvedOn\":\"1999-03-14\"}").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("approvedOn"));
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/bids/{id}", bid).then().body("status", equalTo("SIFTED"))
                .body("allocatedPence", equalTo(0)).body("approvedOn", equalTo(null));
        getAward(awardId).then().body("allocatedPence", equalTo(0));
    }
}
