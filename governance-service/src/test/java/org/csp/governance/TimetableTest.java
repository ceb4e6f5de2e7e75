package org.csp.governance;

import static io.restassured.RestAssured.given;
import static org.csp.governance.Fixtures.OFFICER;
import static org.csp.governance.Fixtures.decide;
import static org.csp.governance.Fixtures.etag;
import static org.csp.governance.Fixtures.post;
import static org.csp.governance.Fixtures.put;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csp.platform.testing.AsyncApiContract;
import org.csp.platform.testing.KafkaTestClient;
import org.csp.platform.time.PlatformClock;
import org.junit.jupiter.api.Test;

/** The plan's path: the committee recommends on 19 March 2019, full Council decides on 10 April 2019. */
@QuarkusTest
class TimetableTest {

    @Inject
    PlatformClock clock;

    static String path(String title, String planId, String councilId, String... steps) {
        return post("/api/v1/report-paths", """
                {"title":"%s","subject":{"type":"community-safety-plan","id":"%s"},"finalDecisionMakerBodyId":"%s","steps":[%s]}"""
                .formatted(title, planId, councilId, String.join(",", steps))).then().extract().asString();
    }

    static String step(String meetingId, String purpose) {
        return "{\"meetingId\":\"%s\",\"purpose\":\"%s\"}".formatted(meetingId, purpose);
    }

    @Test
    void thePlanIsRecommendedByCommitteeAndAdoptedByCouncilItsFinalDecisionMaker() {
        Fixtures.setClock(clock, "2019-03-01T10:00:00Z");
        String planId = UUID.randomUUID().toString();
        Fixtures.PlanBodies bodies = Fixtures.committeeAndCouncil();
        String committee = bodies.committee();
        String council = bodies.council();
        String chair = bodies.chair();
        String mayor = bodies.mayor();
        String march = Fixtures.meeting(committee, "2019-03-19");
        String april = Fixtures.meeting(council, "2019-04-10");

        post("/api/v1/report-paths", """
                {"title":"Out of order","subject":{"type":"community-safety-plan","id":"%s"},"finalDecisionMakerBodyId":"%s","steps":[%s,%s]}"""
                .formatted(planId, council, step(april, "RECOMMEND"), step(march, "DECIDE")))
                .then().statusCode(422).body("type", equalTo("https://csp.example.org/problems/path-out-of-order"));
        post("/api/v1/report-paths", """
                {"title":"Wrong body","subject":{"type":"community-safety-plan","id":"%s"},"finalDecisionMakerBodyId":"%s","steps":[%s]}"""
                .formatted(planId, council, step(march, "DECIDE")))
                .then().statusCode(422).body("type", equalTo("https://csp.example.org/problems/path-final-step"));
        String pathId = new JsonPath(path("Community Safety Plan 2019-22", planId, council, step(march, "RECOMMEND"), step(april, "DECIDE")))
                .getString("id");
        given().auth().oauth2(OFFICER).get("/api/v1/report-paths/{id}", pathId).then().statusCode(200)
                .body("status", equalTo("PLANNED")).body("finalDecisionMakerBodyId", equalTo(council))
                .body("steps.date", contains("2019-03-19", "2019-04-10")).body("steps.purpose", contains("RECOMMEND", "DECIDE"));

        Fixtures.setClock(clock, "2019-03-19T20:00:00Z");
        Fixtures.hold(march, "2019-03-19");
        put("/api/v1/meetings/{id}/attendance", etag("/api/v1/meetings/{id}", march),
                "{\"chairId\":\"%s\",\"entries\":[{\"kind\":\"PRESENT\",\"councillorId\":\"%s\"}]}".formatted(chair, chair), march)
                .then().statusCode(200);
        String plan = "{\"type\":\"community-safety-plan\",\"id\":\"" + planId + "\"}";
        String recommendation = decide(march, Fixtures.item(march, "SUBSTANTIVE", "Community Safety Plan 2019-22", plan),
                Fixtures.unanimous("That Council be recommended to adopt the Community Safety Plan 2019-22.", "RECOMMENDS", council, "RECOMMEND"))
                .then().statusCode(201).body("status", equalTo("EFFECTIVE")).body("referralDeadline", equalTo(null))
                .body("exemptReason", equalTo("recommendation to another body: exempt from referral")).extract().path("id");
        ConsumerRecord<String, String> effective = KafkaTestClient.awaitRecord("csp.governance.events",
                Fixtures.decisionEvent(recommendation, "org.csp.governance.decision-effective.v1"), Duration.ofSeconds(30));
        AsyncApiContract.assertValid("governance", effective);
        assertEquals("RECOMMEND", new JsonPath(effective.value()).getString("action"));
        assertEquals(planId, new JsonPath(effective.value()).getString("subject.id"));
        given().auth().oauth2(OFFICER).get("/api/v1/report-paths/{id}", pathId).then()
                .body("status", equalTo("IN_PROGRESS")).body("steps[0].decision.action", equalTo("RECOMMEND"));

        Fixtures.setClock(clock, "2019-04-10T20:00:00Z");
        Fixtures.hold(april, "2019-04-10");
        put("/api/v1/meetings/{id}/attendance", etag("/api/v1/meetings/{id}", april), """
                {"chairId":"%s","entries":[{"kind":"PRESENT","councillorId":"%s"},{"kind":"PRESENT","councillorId":"%s"}]}"""
                .formatted(mayor, mayor, chair), april).then().statusCode(200);
        decide(april, Fixtures.item(april, "SUBSTANTIVE", "Community Safety Plan 2019-22", plan),
                Fixtures.unanimous("That the Community Safety Plan 2019-22 be adopted.", "DECIDES", null, "ADOPT"))
                .then().statusCode(201).body("status", equalTo("EFFECTIVE")).body("action", equalTo("ADOPT"));
        given().auth().oauth2(OFFICER).get("/api/v1/report-paths/{id}", pathId).then()
                .body("status", equalTo("DECIDED")).body("finalDecisionMakerName", equalTo(
                        given().auth().oauth2(OFFICER).get("/api/v1/bodies/{id}", council).then().extract().path("name")))
                .body("steps[1].decision.action", equalTo("ADOPT"));
        given().auth().oauth2(OFFICER).queryParam("subjectId", planId).get("/api/v1/report-paths")
                .then().statusCode(200).body("totalItems", equalTo(1));
    }
}
