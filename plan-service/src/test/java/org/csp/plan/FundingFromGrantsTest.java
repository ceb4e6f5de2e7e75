package org.csp.plan;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csp.platform.testing.KafkaTestClient;
import org.junit.jupiter.api.Test;

/** grant-service's bid-approved and allocation-changed events record funding on the actions they name. */
@QuarkusTest
class FundingFromGrantsTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    static Map<String, String> headers(String name) {
        return PlanFixtures.headers("org.csp.grant." + name + ".v1", "/csp/grant-service");
    }

    static long funded(String action) {
        return given().auth().oauth2(PlanFixtures.officer()).get("/api/v1/actions/{id}", action).then().statusCode(200)
                .extract().<Number>path("fundedPence").longValue();
    }

    @Test
    void anApprovedBidFundsItsActionsOnceAndAnAllocationChangeUpdatesThem() {
        String actionPlan = ActionTest.actionPlan();
        String action = PlanFixtures.createAction(actionPlan, "Hair and beauty Claire's Law campaign", "kent-police",
                "2019-04-01", "2020-03-31", null).then().statusCode(201).extract().path("id");
        String bid = UUID.randomUUID().toString();
        String award = UUID.randomUUID().toString();
        Map<String, String> approved = headers("bid-approved");
        String body = """
                {"bidId":"%s","awardId":"%s","financialYear":"2019-20","title":"Hair and beauty awareness campaign",
                 "applicant":"Domestic Abuse Forum","allocatedPence":250000,"priorityIds":[],"actionIds":["%s"]}"""
                .formatted(bid, award, action);
        KafkaTestClient.send(PlanFixtures.GRANT_TOPIC, bid, approved, body);
        await().atMost(WAIT).until(() -> funded(action) == 250000);
        KafkaTestClient.send(PlanFixtures.GRANT_TOPIC, bid, approved, body);

        KafkaTestClient.send(PlanFixtures.GRANT_TOPIC, bid, headers("allocation-changed"), """
                {"bidId":"%s","awardId":"%s","previousPence":250000,"allocatedPence":200000,"actionIds":[]}"""
                .formatted(bid, award));
        await().atMost(WAIT).until(() -> funded(action) == 200000);
        given().auth().oauth2(PlanFixtures.officer()).get("/api/v1/actions/{id}", action).then()
                .body("funding.size()", equalTo(1)).body("funding[0].bidTitle", equalTo("Hair and beauty awareness campaign"))
                .body("funding[0].applicant", equalTo("Domestic Abuse Forum"));
    }

    @Test
    void fundingForAnUnknownActionIsDeadLetteredWithTheReason() {
        Map<String, String> headers = headers("bid-approved");
        String missing = UUID.randomUUID().toString();
        KafkaTestClient.send(PlanFixtures.GRANT_TOPIC, missing, headers, """
                {"bidId":"%s","awardId":"%s","financialYear":"2019-20","title":"t","applicant":"a","allocatedPence":100,
                 "priorityIds":[],"actionIds":["%s"]}""".formatted(UUID.randomUUID(), UUID.randomUUID(), missing));
        ConsumerRecord<String, String> dead = KafkaTestClient.awaitRecord(PlanFixtures.DLQ,
                r -> headers.get("ce_id").equals(KafkaTestClient.header(r, "ce_id")), WAIT);
        assertTrue(KafkaTestClient.header(dead, "dead-letter-reason").contains(missing + ", which does not exist"));

        Map<String, String> negative = headers("allocation-changed");
        KafkaTestClient.send(PlanFixtures.GRANT_TOPIC, missing, negative, """
                {"bidId":"%s","allocatedPence":-5,"actionIds":[]}""".formatted(UUID.randomUUID()));
        ConsumerRecord<String, String> deadNegative = KafkaTestClient.awaitRecord(PlanFixtures.DLQ,
                r -> negative.get("ce_id").equals(KafkaTestClient.header(r, "ce_id")), WAIT);
        assertTrue(KafkaTestClient.header(deadNegative, "dead-letter-reason").contains("allocatedPence"));
    }
}
