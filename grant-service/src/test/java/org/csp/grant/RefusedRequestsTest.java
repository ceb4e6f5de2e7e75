package org.csp.grant;

import static io.restassured.RestAssured.given;
import static org.csp.grant.GrantFixtures.getAward;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Every way of trying to overspend is refused with a 4xx problem, and no refused request changes any balance. */
@QuarkusTest
class RefusedRequestsTest {

    @Test
    void noRefusedRequestChangesAnyBalance() {
        String awardId = GrantFixtures.award(1_000_000, 100_000);
        String priority = GrantFixtures.adoptedPriorities(1).get(0);
        String bid = GrantFixtures.approvedBid(awardId, 500_000, 400_000, priority);
        String other = GrantFixtures.shortlistedBid(awardId, 600_000, priority);
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body("{\"amountPence\":1000,\"paidOn\":\"" + GrantFixtures.today() + "\",\"reference\":\"PO-1\"}")
                .post("/api/v1/bids/{id}/payments", bid).then().statusCode(201);
        Map<String, Object> awardBefore = getAward(awardId).then().extract().jsonPath().getMap("");
        Map<String, Object> bidBefore = bid(bid);
        Map<String, Object> otherBefore = bid(other);

        String officer = TestTokens.officer();
        List<Supplier<Response>> attempts = List.of(
                () -> draw(officer, awardId, "100001"),
                () -> draw(officer, awardId, "12.5"),
                () -> draw(officer, awardId, "-5"),
                () -> draw(TestTokens.agency("kent-police"), awardId, "10"),
                () -> draw(TestTokens.pcc(), awardId, "10"),
                () -> pay(bid, "399001"),
                () -> pay(bid, "0.01"),
                () -> pay(bid, "-1"),
                () -> pay(other, "10"),
                () -> GrantFixtures.post(officer, other, "approve", "{\"allocatedPence\":600001}"),
                () -> GrantFixtures.post(officer, other, "approve", "{\"allocatedPence\":500001}"),
                () -> GrantFixtures.post(officer, other, "approve", "{\"allocatedPence\":1.5}"),
                () -> GrantFixtures.post(officer, bid, "approve", "{\"allocatedPence\":10}"),
                () -> allocation(bid, "500001"),
                () -> allocation(bid, "999"),
                () -> allocation(bid, "0"),
                () -> allocation(bid, "-1"),
                () -> allocation(bid, "1e3"),
                () -> given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                        .body("{\"allocatedPence\":1000,\"reason\":\"stale\"}").put("/api/v1/bids/{id}/allocation", bid),
                () -> given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "*")
                        .body("{\"amountPence\":450000,\"tacticalPotPence\":100000}").put("/api/v1/awards/{id}", awardId),
                () -> given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "*")
                        .body("{\"amountPence\":1000000,\"tacticalPotPence\":1000001}").put("/api/v1/awards/{id}", awardId),
                () -> given().auth().oauth2(officer).contentType(ContentType.JSON).body("{\"amountPence\": [}")
                        .post("/api/v1/awards/{id}/tactical-draws", awardId));
        for (Supplier<Response> attempt : attempts) {
            Response response = attempt.get();
            int status = response.statusCode();
            assertTrue(status >= 400 && status < 500, "expected a refusal, got " + status + " " + response.asString());
            assertTrue(String.valueOf(response.contentType()).startsWith("application/problem+json"), response.asString());
        }

        assertEquals(awardBefore, getAward(awardId).then().extract().jsonPath().getMap(""));
        assertEquals(bidBefore, bid(bid));
        assertEquals(otherBefore, bid(other));
    }

    static Map<String, Object> bid(String id) {
        return given().auth().oauth2(TestTokens.officer()).get("/api/v1/bids/{id}", id).then().statusCode(200)
                .extract().jsonPath().getMap("");
    }

    static Response draw(String token, String awardId, String amount) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"amountPence\":" + amount + ",\"reason\":\"r\",\"approvedBy\":\"a\"}")
                .post("/api/v1/awards/{id}/tactical-draws", awardId);
    }

    static Response pay(String bidId, String amount) {
        return given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body("{\"amountPence\":" + amount + ",\"paidOn\":\"" + GrantFixtures.today() + "\",\"reference\":\"PO-2\"}")
                .post("/api/v1/bids/{id}/payments", bidId);
    }

    static Response allocation(String bidId, String amount) {
        return given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).header("If-Match", "*")
                .body("{\"allocatedPence\":" + amount + ",\"reason\":\"r\"}").put("/api/v1/bids/{id}/allocation", bidId);
    }
}
