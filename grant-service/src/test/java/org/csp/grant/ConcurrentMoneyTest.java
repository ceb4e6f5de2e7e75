package org.csp.grant;

import static io.restassured.RestAssured.given;
import static org.csp.grant.GrantFixtures.getAward;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.csp.platform.testing.Simultaneous;
import org.csp.platform.testing.TestTokens;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/** The money rules hold when many requests arrive at once: exact balances, no overspend. */
@QuarkusTest
class ConcurrentMoneyTest {

    private static final Logger LOG = Logger.getLogger(ConcurrentMoneyTest.class);

    @Test
    void twoHundredSimultaneousDrawsEndWithAnExactBalanceAndNoOverspend() throws Exception {
        long pot = 10_000;
        String awardId = GrantFixtures.award(4_000_000, pot);
        String token = TestTokens.officer();
        long started = System.nanoTime();
        List<Integer> statuses = Simultaneous.fire(200, n -> given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"amountPence\":75,\"reason\":\"Emerging issue " + n + "\",\"approvedBy\":\"CSP executive\"}")
                .post("/api/v1/awards/{id}/tactical-draws", awardId).statusCode());
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<Integer, Long> byStatus = statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        LOG.infof("200 concurrent tactical-pot draws: %s in %.2f s (%.0f draws/s)", byStatus, seconds, 200 / seconds);

        // 133 × 75 = 9,975 pence fit in the pot; the other 67 must be refused
        assertEquals(Map.of(201, 133L, 422, 67L), byStatus);
        getAward(awardId).then().body("tacticalPotDrawnPence", equalTo(9_975)).body("tacticalPotRemainingPence", equalTo(25));
        given().auth().oauth2(token).queryParam("size", 200).get("/api/v1/awards/{id}/tactical-draws", awardId)
                .then().body("totalItems", equalTo(133));
    }

    @Test
    void simultaneousPaymentsNeverExceedTheAllocation() throws Exception {
        String awardId = GrantFixtures.award(1_000_000, 0);
        String priority = GrantFixtures.adoptedPriorities(1).get(0);
        String bid = GrantFixtures.approvedBid(awardId, 100_000, 1_000, priority);
        String token = TestTokens.officer();
        List<Integer> statuses = Simultaneous.fire(60, n -> given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"amountPence\":30,\"paidOn\":\"" + GrantFixtures.today() + "\",\"reference\":\"PO-" + n + "\"}")
                .post("/api/v1/bids/{id}/payments", bid).statusCode());
        assertEquals(33, statuses.stream().filter(s -> s == 201).count());
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 422), statuses.toString());
        given().auth().oauth2(token).get("/api/v1/bids/{id}", bid).then().body("paidPence", equalTo(990))
                .body("unpaidPence", equalTo(10));
    }

    @Test
    void simultaneousApprovalsNeverAllocateMoreThanTheAward() throws Exception {
        String awardId = GrantFixtures.award(100_000, 10_000);
        String priority = GrantFixtures.adoptedPriorities(1).get(0);
        List<String> bids = new ArrayList<>();
        List<String> etags = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String bid = GrantFixtures.shortlistedBid(awardId, 20_000, priority);
            bids.add(bid);
            etags.add(GrantFixtures.etag(bid));
        }
        String token = TestTokens.officer();
        List<Integer> statuses = Simultaneous.fire(12, n -> given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("If-Match", etags.get(n)).body("{\"allocatedPence\":20000}")
                .post("/api/v1/bids/{id}/approve", bids.get(n)).statusCode());
        // 90,000 pence outside the pot: four approvals of 20,000 fit
        assertEquals(4, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 422), statuses.toString());
        getAward(awardId).then().body("allocatedPence", equalTo(80_000)).body("availableForAllocationPence", equalTo(10_000));
    }
}
