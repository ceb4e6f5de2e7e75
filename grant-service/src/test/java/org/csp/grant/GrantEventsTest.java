package org.csp.grant;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csp.platform.testing.AsyncApiContract;
import org.csp.platform.testing.KafkaTestClient;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** bid-approved, allocation-changed, bid-status-changed and tactical-pot-drawn carry the fields of docs/events.md. */
@QuarkusTest
class GrantEventsTest {

    static final String TOPIC = "csp.grant.events";

    static ConsumerRecord<String, String> await(String key, String type) {
        return KafkaTestClient.awaitRecord(TOPIC, r -> key.equals(r.key()) && type.equals(KafkaTestClient.header(r, "ce_type")),
                Duration.ofSeconds(30));
    }

    @Test
    void approvingAndReallocatingABidPublishesItsEvents() {
        String awardId = GrantFixtures.award(1_000_000, 0);
        String priority = GrantFixtures.adoptedPriorities(1).get(0);
        String action = GrantFixtures.announcedAction(priority);
        String bid = GrantFixtures.shortlistedBid(awardId, 500_000, priority);
        GrantFixtures.post(TestTokens.officer(), bid, "approve", "{\"allocatedPence\":400000,\"actionIds\":[\"" + action + "\"]}")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).header("If-Match", GrantFixtures.etag(bid))
                .body("{\"allocatedPence\":350000,\"reason\":\"Lower venue costs\"}").put("/api/v1/bids/{id}/allocation", bid)
                .then().statusCode(200);

        ConsumerRecord<String, String> approved = await(bid, "org.csp.grant.bid-approved.v1");
        AsyncApiContract.assertValid("grant", approved);
        assertEquals("grant-bid/" + bid, KafkaTestClient.header(approved, "ce_subject"));
        assertEquals("officer@maidstone.test", KafkaTestClient.header(approved, "ce_actor"));
        JsonPath payload = new JsonPath(approved.value());
        assertEquals(bid, payload.getString("bidId"));
        assertEquals(awardId, payload.getString("awardId"));
        assertEquals("2019-20", payload.getString("financialYear"));
        assertEquals("Domestic abuse one-stop shop outreach", payload.getString("title"));
        assertEquals("domestic-abuse-forum", payload.getString("applicant"));
        assertEquals(400_000L, payload.getLong("allocatedPence"));
        assertEquals(List.of(priority), payload.getList("priorityIds"));
        assertEquals(List.of(action), payload.getList("actionIds"));

        ConsumerRecord<String, String> allocationChanged = await(bid, "org.csp.grant.allocation-changed.v1");
        AsyncApiContract.assertValid("grant", allocationChanged);
        JsonPath changed = new JsonPath(allocationChanged.value());
        assertEquals(bid, changed.getString("bidId"));
        assertEquals(awardId, changed.getString("awardId"));
        assertEquals(400_000L, changed.getLong("previousPence"));
        assertEquals(350_000L, changed.getLong("allocatedPence"));
        assertEquals(List.of(action), changed.getList("actionIds"));

        List<ConsumerRecord<String, String>> statuses = KafkaTestClient.readAll(TOPIC, r -> bid.equals(r.key())
                && "org.csp.grant.bid-status-changed.v1".equals(KafkaTestClient.header(r, "ce_type")), Duration.ofSeconds(30), 3);
        assertEquals(List.of("DRAFT>SUBMITTED", "SUBMITTED>SIFTED", "SIFTED>APPROVED"), statuses.stream()
                .map(r -> new JsonPath(r.value())).map(p -> p.getString("fromStatus") + ">" + p.getString("toStatus")).toList());
        statuses.forEach(r -> AsyncApiContract.assertValid("grant", r));
        JsonPath sifted = new JsonPath(statuses.get(1).value());
        assertEquals(awardId, sifted.getString("awardId"));
        assertEquals("SHORTLISTED: Meets the priority", sifted.getString("reason"));
    }

    @Test
    void aTacticalPotDrawIsPublishedWithTheRemainingBalance() {
        String awardId = GrantFixtures.award(4_000_000, 500_000);
        String drawId = given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body("{\"amountPence\":75000,\"reason\":\"Night-time economy patrols\",\"approvedBy\":\"CSP executive\"}")
                .post("/api/v1/awards/{id}/tactical-draws", awardId).then().statusCode(201).extract().path("id");
        ConsumerRecord<String, String> record = await(awardId, "org.csp.grant.tactical-pot-drawn.v1");
        AsyncApiContract.assertValid("grant", record);
        assertEquals("grant-award/" + awardId, KafkaTestClient.header(record, "ce_subject"));
        assertNotNull(KafkaTestClient.header(record, "ce_id"));
        JsonPath payload = new JsonPath(record.value());
        assertEquals(awardId, payload.getString("awardId"));
        assertEquals(drawId, payload.getString("drawId"));
        assertEquals(75_000L, payload.getLong("amountPence"));
        assertEquals(425_000L, payload.getLong("remainingPence"));
        assertEquals("Night-time economy patrols", payload.getString("reason"));
        assertEquals("CSP executive", payload.getString("approvedBy"));
    }
}
