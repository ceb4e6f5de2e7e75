package org.csp.governance;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.csp.governance.Fixtures.OFFICER;
import static org.csp.governance.Fixtures.decide;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csp.governance.service.DecisionService;
import org.csp.platform.testing.AsyncApiContract;
import org.csp.platform.testing.KafkaTestClient;
import org.csp.platform.testing.TestTokens;
import org.csp.platform.time.PlatformClock;
import org.junit.jupiter.api.Test;

/** Call-in: referrals before the deadline with three councillors' signatures; otherwise the decision takes effect when the window closes. */
@QuarkusTest
class ReferralWindowTest {

    static final String EFFECTIVE = "org.csp.governance.decision-effective.v1";
    static final String REFERRED = "org.csp.governance.decision-referred.v1";

    @Inject
    PlatformClock clock;
    @Inject
    DecisionService decisions;

    Fixtures.Committee committee;

    String openDecision() {
        Fixtures.setClock(clock, "2019-02-12T20:00:00Z");
        committee = Fixtures.committeeOf12February2019();
        String item = Fixtures.item(committee.meetingId(), "SUBSTANTIVE", "2019 - 20 Strategic Assessment",
                "{\"type\":\"strategic-assessment\",\"id\":\"" + java.util.UUID.randomUUID() + "\"}");
        return decide(committee.meetingId(), item, Fixtures.unanimous(SeedMeetingTest.ENDORSEMENT, "DECIDES", null, "ENDORSE"))
                .then().statusCode(201).body("referralDeadline", equalTo("2019-02-26")).extract().path("id");
    }

    Response refer(String decisionId, String... signers) {
        List<String> ids = new ArrayList<>();
        for (String s : signers) {
            ids.add(committee.councillors().containsKey(s) ? "\"" + committee.id(s) + "\"" : "\"" + s + "\"");
        }
        return given().auth().oauth2(TestTokens.councillor()).contentType(ContentType.JSON)
                .body("{\"reasons\":\"The endorsement needs wider scrutiny.\",\"signatures\":[" + String.join(",", ids) + "]}")
                .post("/api/v1/decisions/{id}/referrals", decisionId);
    }

    static void refused(Response r, String type) {
        r.then().statusCode(422).contentType("application/problem+json").body("type", equalTo("https://csp.example.org/problems/" + type));
    }

    @Test
    void aReferralAfter26February2019IsLate() {
        String decision = openDecision();
        Fixtures.setClock(clock, "2019-02-27T10:00:00Z");
        Response late = refer(decision, "Garten", "Joy", "Powell");
        refused(late, "referral-late");
        late.then().body("referralDeadline", equalTo("2019-02-26"));
    }

    @Test
    void underSignedDuplicateAndNonCouncillorFormsAreRefusedWithTheReason() {
        String decision = openDecision();
        Fixtures.setClock(clock, "2019-02-20T10:00:00Z");
        Response underSigned = refer(decision, "Garten", "Joy");
        refused(underSigned, "referral-under-signed");
        underSigned.then().body("required", equalTo(3)).body("signatures", equalTo(2));
        refused(refer(decision, "Garten", "Joy", "Garten"), "duplicate-signature");
        refused(refer(decision, "Garten", "Joy", java.util.UUID.randomUUID().toString()), "non-councillor-signature");
        String retired = given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"name\":\"Retired\",\"termStart\":\"2011-05-05\",\"termEnd\":\"2015-05-06\"}")
                .post("/api/v1/councillors").then().statusCode(201).extract().path("id");
        refused(refer(decision, "Garten", "Joy", retired), "non-councillor-signature");
        given().auth().oauth2(OFFICER).get("/api/v1/decisions/{id}", decision).then().body("status", equalTo("OPEN"));
    }

    @Test
    void aValidReferralSendsTheDecisionToPolicyAndResourcesAndItNeverTakesEffect() {
        String decision = openDecision();
        Fixtures.setClock(clock, "2019-02-26T16:00:00Z");
        refer(decision, "Garten", "Joy", "Powell").then().statusCode(201)
                .body("referredTo", equalTo("Policy and Resources Committee")).body("signatures.size()", equalTo(3))
                .body("submittedBy", equalTo("cllr.mortimer@maidstone.test"));
        given().auth().oauth2(OFFICER).queryParam("resourceType", "decision").queryParam("resourceId", decision)
                .get("/api/v1/audit").then().statusCode(200)
                .body("items.find { it.action == 'decision.referred' }.actorSubject", equalTo("cllr.mortimer@maidstone.test"))
                .body("items.find { it.action == 'decision.recorded' }.actorSubject", equalTo("officer@maidstone.test"));
        given().auth().oauth2(OFFICER).get("/api/v1/decisions/{id}", decision).then().statusCode(200)
                .body("status", equalTo("REFERRED")).body("referral.reasons", equalTo("The endorsement needs wider scrutiny."));
        ConsumerRecord<String, String> referred = KafkaTestClient.awaitRecord("csp.governance.events",
                Fixtures.decisionEvent(decision, REFERRED), Duration.ofSeconds(30));
        assertEquals("Policy and Resources Committee", new JsonPath(referred.value()).getString("referredTo"));
        AsyncApiContract.assertValid("governance", referred);

        Fixtures.setClock(clock, "2019-03-05T10:00:00Z");
        refer(decision, "Purle", "Webb", "Powell").then().statusCode(422);
        assertTrue(KafkaTestClient.readAll("csp.governance.events",
                Fixtures.decisionEvent(decision, EFFECTIVE), Duration.ofSeconds(3), 1).isEmpty());
    }

    @Test
    void aReferralIsReadWhereItsLocationPointsByEveryoneWhoMayReadItsDecision() {
        String decision = openDecision();
        Fixtures.setClock(clock, "2019-02-20T10:00:00Z");
        Response referred = refer(decision, "Garten", "Joy", "Powell");
        referred.then().statusCode(201);
        String referral = referred.path("id");
        String location = referred.header("Location");
        assertTrue(location.endsWith("/api/v1/decisions/" + decision + "/referrals/" + referral), location);
        given().auth().oauth2(TestTokens.agency("kent-police")).get(location).then().statusCode(200)
                .body("id", equalTo(referral)).body("decisionId", equalTo(decision))
                .body("reasons", equalTo("The endorsement needs wider scrutiny.")).body("signatures.size()", equalTo(3));
        String other = openDecision();
        given().auth().oauth2(OFFICER).get("/api/v1/decisions/{d}/referrals/{r}", other, referral).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void whenTheWindowClosesWithoutAReferralTheDecisionTakesEffectOnceOnSchedule() {
        String decision = openDecision();
        Fixtures.setClock(clock, "2019-02-27T00:00:01Z");
        ConsumerRecord<String, String> effective = KafkaTestClient.awaitRecord("csp.governance.events",
                Fixtures.decisionEvent(decision, EFFECTIVE), Duration.ofSeconds(30));
        AsyncApiContract.assertValid("governance", effective);
        JsonPath payload = new JsonPath(effective.value());
        assertEquals("2019-02-27T00:00:00Z", payload.getString("effectiveAt"));
        assertEquals("2019-02-26", payload.getString("referralDeadline"));
        assertEquals("ENDORSE", payload.getString("action"));
        given().auth().oauth2(OFFICER).get("/api/v1/decisions/{id}", decision).then().statusCode(200)
                .body("status", equalTo("EFFECTIVE")).body("effectiveAt", equalTo("2019-02-27T00:00:00Z"));
        assertEquals(1, KafkaTestClient.readAll("csp.governance.events",
                Fixtures.decisionEvent(decision, EFFECTIVE), Duration.ofSeconds(3), 2).size());
    }

    @Test
    void aDecisionRecordedAfterItsWindowClosedTakesEffectWhenRecordedNeverBefore() {
        Fixtures.setClock(clock, "2019-02-12T20:00:00Z");
        committee = Fixtures.committeeOf12February2019();
        String item = Fixtures.item(committee.meetingId(), "SUBSTANTIVE", "Report", "{\"type\":\"other\"}");
        Fixtures.setClock(clock, "2019-03-04T10:00:00Z");
        JsonPath recorded = new JsonPath(decide(committee.meetingId(), item, Fixtures.unanimous("That the report be noted.", "DECIDES", null, "NOTE"))
                .then().statusCode(201).body("referralDeadline", equalTo("2019-02-26")).extract().asString());
        String decision = recorded.getString("id");
        await().atMost(Duration.ofSeconds(20)).until(() -> "EFFECTIVE".equals(
                given().auth().oauth2(OFFICER).get("/api/v1/decisions/{id}", decision).then().extract().path("status")));
        given().auth().oauth2(OFFICER).get("/api/v1/decisions/{id}", decision).then()
                .body("windowClosesAt", equalTo("2019-02-27T00:00:00Z"))
                .body("effectiveAt", equalTo(recorded.getString("recordedAt")));
        ConsumerRecord<String, String> effective = KafkaTestClient.awaitRecord("csp.governance.events",
                Fixtures.decisionEvent(decision, EFFECTIVE), Duration.ofSeconds(30));
        assertEquals(recorded.getString("recordedAt"), new JsonPath(effective.value()).getString("effectiveAt"));
    }

    @Test
    void replicasClosingWindowsAtTheSameTimeClaimEachDecisionExactlyOnce() throws Exception {
        List<String> ids = new ArrayList<>();
        String first = openDecision();
        ids.add(first);
        for (int i = 0; i < 3; i++) {
            String item = Fixtures.item(committee.meetingId(), "SUBSTANTIVE", "Item " + i, "{\"type\":\"other\"}");
            ids.add(decide(committee.meetingId(), item, Fixtures.unanimous("That item " + i + " be noted.", "DECIDES", null, "NOTE"))
                    .then().statusCode(201).extract().path("id"));
        }
        Fixtures.setClock(clock, "2019-02-28T09:00:00Z");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(CompletableFuture.supplyAsync(decisions::closeDueWindows, pool));
            }
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get();
        } finally {
            pool.shutdown();
        }
        for (String id : ids) {
            await().atMost(Duration.ofSeconds(20)).until(() -> "EFFECTIVE".equals(
                    given().auth().oauth2(OFFICER).get("/api/v1/decisions/{id}", id).then().extract().path("status")));
            KafkaTestClient.awaitRecord("csp.governance.events",
                    Fixtures.decisionEvent(id, EFFECTIVE), Duration.ofSeconds(30));
        }
        for (String id : ids) {
            assertEquals(1, KafkaTestClient.readAll("csp.governance.events",
                    Fixtures.decisionEvent(id, EFFECTIVE), Duration.ofSeconds(2), 2).size());
        }
    }
}
