package org.csp.grant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document names, for each operation, exactly the 409 and 422 problem types the service gives: a frontend
 * developer who reads only the contract can handle every refusal, and none that cannot happen. Before, changeAllocation
 * showed bid-transition-not-allowed for the bid-not-allocated it gives, and left out allocation-below-payments;
 * recordPayment and createAward showed a generic "refused" type; award-unknown and the tactical-pot refusals of
 * updateAward were not shown.
 */
@QuarkusTest
class ContractProblemTypesTest {

    static final Map<String, Set<String>> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("createAward", Set.of("409 award-exists", "422 tactical-pot-exceeds-award")),
            Map.entry("updateAward", Set.of("422 tactical-pot-exceeds-award", "422 tactical-pot-below-draws",
                    "422 award-below-allocations")),
            Map.entry("drawFromTacticalPot", Set.of("422 tactical-pot-exceeded")),
            Map.entry("createBid", Set.of("422 award-unknown", "422 priority-not-current", "422 action-not-fundable")),
            Map.entry("updateBid", Set.of("409 bid-not-draft", "422 award-unknown", "422 priority-not-current",
                    "422 action-not-fundable")),
            Map.entry("submitBid", Set.of("409 bid-transition-not-allowed", "422 priority-not-current")),
            Map.entry("siftBid", Set.of("409 bid-transition-not-allowed")),
            Map.entry("approveBid", Set.of("409 bid-transition-not-allowed", "422 allocation-exceeds-award",
                    "422 allocation-exceeds-request", "422 action-not-fundable", "422 approval-dated-in-future")),
            Map.entry("changeAllocation", Set.of("409 bid-not-allocated", "422 allocation-exceeds-award",
                    "422 allocation-exceeds-request", "422 allocation-below-payments")),
            Map.entry("startBidDelivery", Set.of("409 bid-transition-not-allowed")),
            Map.entry("completeBid", Set.of("409 bid-transition-not-allowed")),
            Map.entry("withdrawBid", Set.of("409 bid-transition-not-allowed")),
            Map.entry("recordPayment", Set.of("409 bid-not-payable", "422 payment-exceeds-allocation",
                    "422 payment-dated-in-future", "422 payment-before-approval")),
            Map.entry("addProgressReport", Set.of("409 bid-not-funded"))));

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationShowsExactlyTheConflictsAndRuleRefusalsItGives() {
        JsonPath document = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        Map<String, Set<String>> shown = new TreeMap<>();
        paths.forEach((path, operations) -> operations.forEach((method, value) -> {
            if (!(value instanceof Map<?, ?> operation) || operation.get("operationId") == null || !path.startsWith("/api/")) {
                return;
            }
            Set<String> types = new TreeSet<>();
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            for (String status : new String[] {"409", "422"}) {
                Map<String, Object> response = responses.get(status);
                if (response == null) {
                    continue;
                }
                Map<String, Object> media = ((Map<String, Map<String, Object>>) response.get("content")).get("application/problem+json");
                ((Map<String, Map<String, Object>>) media.get("examples")).values().forEach(example -> {
                    String type = (String) ((Map<String, Object>) example.get("value")).get("type");
                    String name = type.substring(type.lastIndexOf('/') + 1);
                    // platform-commons documents this one on every If-Match operation (ProblemResponsesFilter)
                    if (!name.equals("concurrent-modification")) {
                        types.add(status + " " + name);
                    }
                });
            }
            if (!types.isEmpty() || EXPECTED.containsKey((String) operation.get("operationId"))) {
                shown.put((String) operation.get("operationId"), types);
            }
        }));
        Map<String, Set<String>> expected = new TreeMap<>();
        EXPECTED.forEach((operation, types) -> expected.put(operation, new TreeSet<>(types)));
        assertEquals(expected, shown);
    }

    @Test
    void theRefusalsTheContractNowShowsAreTheOnesGiven() {
        String awardId = GrantFixtures.award(1_000_000, 0);
        String priority = GrantFixtures.adoptedPriorities(1).get(0);
        String unknownAward = UUID.randomUUID().toString();
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body(GrantFixtures.bidBody(unknownAward, "SUB_GROUP", "domestic-abuse-forum", 1000, priority)).post("/api/v1/bids")
                .then().statusCode(422).body("type", equalTo("https://csp.example.org/problems/award-unknown"))
                .body("awardId", equalTo(unknownAward));
        String bid = GrantFixtures.shortlistedBid(awardId, 100_000, priority);
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).header("If-Match", GrantFixtures.etag(bid))
                .body("{\"allocatedPence\":1000,\"reason\":\"r\"}").put("/api/v1/bids/{id}/allocation", bid).then().statusCode(409)
                .body("type", equalTo("https://csp.example.org/problems/bid-not-allocated")).body("currentStatus", equalTo("SIFTED"));
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body("{\"reportedOn\":\"2019-08-31\",\"summary\":\"Not started\",\"rag\":\"RED\"}")
                .post("/api/v1/bids/{id}/progress-reports", bid).then().statusCode(409)
                .body("type", equalTo("https://csp.example.org/problems/bid-not-funded"));
    }
}
