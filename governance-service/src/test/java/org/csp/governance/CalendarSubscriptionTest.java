package org.csp.governance;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.csp.platform.testing.Simultaneous;
import org.csp.platform.testing.TestTokens;
import org.csp.platform.time.PlatformClock;
import org.junit.jupiter.api.Test;

/** A calendar application reads the feed through a secret address that works without a token until revoked or expired. */
@QuarkusTest
class CalendarSubscriptionTest {

    @Inject
    PlatformClock clock;
    @Inject
    DataSource dataSource;

    static String councillor(String subject) {
        return TestTokens.token(subject, null, TestTokens.COUNCILLOR);
    }

    static String someone() {
        return "cllr." + UUID.randomUUID() + "@maidstone.test";
    }

    static Response subscribe(String token, String json) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(json).post("/api/v1/calendar-subscriptions");
    }

    static String feedPath(String token, String label) {
        return subscribe(token, "{\"label\":\"" + label + "\"}").then().statusCode(201).extract().path("feedPath");
    }

    static String withoutStamps(String ics) {
        return ics.lines().filter(l -> !l.startsWith("DTSTAMP:")).collect(Collectors.joining("\n"));
    }

    @Test
    void aSubscribedFeedIsReadWithoutATokenAndIsTheFeedOfItsBody() {
        Fixtures.setClock(clock, "2019-02-12T20:00:00Z");
        Fixtures.Committee c = Fixtures.committeeOf12February2019();
        String token = councillor(someone());

        Response made = subscribe(token, "{\"label\":\"Outlook\",\"bodyId\":\"" + c.bodyId() + "\"}");
        made.then().statusCode(201).header("Cache-Control", "no-store")
                .body("subscription.status", equalTo("ACTIVE")).body("subscription.bodyId", equalTo(c.bodyId()))
                .body("subscription.expiresAt", equalTo("2020-02-12T20:00:00Z"));
        String path = made.path("feedPath");
        assertTrue(path.matches("/api/v1/calendar-feeds/[A-Za-z0-9_-]{43}\\.ics"), path);
        assertTrue(made.header("Location").endsWith("/api/v1/calendar-subscriptions/" + made.path("subscription.id")), made.header("Location"));

        Response feed = given().get(path);
        feed.then().statusCode(200).contentType("text/calendar").header("Cache-Control", "no-store")
                .body(containsString("UID:meeting-" + c.meetingId()));
        String authenticated = given().auth().oauth2(Fixtures.OFFICER).queryParam("bodyId", c.bodyId()).get("/api/v1/calendar.ics")
                .then().statusCode(200).extract().asString();
        assertEquals(withoutStamps(authenticated), withoutStamps(feed.asString()));
    }

    @Test
    void theOwnerSeesWhenTheFeedWasLastFetchedToTheMinute() {
        Fixtures.setClock(clock, "2019-02-12T20:00:00Z");
        String token = councillor(someone());
        Response made = subscribe(token, "{\"label\":\"Phone\"}");
        made.then().statusCode(201).body("subscription.lastFetchedAt", nullValue());
        String id = made.path("subscription.id");
        String path = made.path("feedPath");
        String read = "/api/v1/calendar-subscriptions/{id}";
        given().auth().oauth2(token).get(read, id).then().statusCode(200).body("lastFetchedAt", nullValue());

        given().get(path).then().statusCode(200);
        given().auth().oauth2(token).get(read, id).then().body("lastFetchedAt", equalTo("2019-02-12T20:00:00Z"));

        // fetched again within the minute: not written again
        Fixtures.setClock(clock, "2019-02-12T20:00:40Z");
        given().get(path).then().statusCode(200);
        given().auth().oauth2(token).get(read, id).then().body("lastFetchedAt", equalTo("2019-02-12T20:00:00Z"));

        Fixtures.setClock(clock, "2019-02-12T21:00:00Z");
        given().get(path).then().statusCode(200);
        given().auth().oauth2(token).get("/api/v1/calendar-subscriptions").then().statusCode(200)
                .body("items.find { it.id == '%s' }.lastFetchedAt".formatted(id), equalTo("2019-02-12T21:00:00Z"));
    }

    @Test
    void theAddressIsShownOnceAndOnlyItsHashIsStored() throws Exception {
        String owner = someone();
        Response made = subscribe(councillor(owner), "{\"label\":\"Phone\"}");
        String id = made.then().statusCode(201).extract().path("subscription.id");
        String path = made.path("feedPath");
        String secret = path.substring(path.lastIndexOf('/') + 1, path.length() - ".ics".length());

        String read = given().auth().oauth2(councillor(owner)).get("/api/v1/calendar-subscriptions/{id}", id)
                .then().statusCode(200).body("owner", equalTo(owner)).body("label", equalTo("Phone")).extract().asString();
        String listed = given().auth().oauth2(councillor(owner)).get("/api/v1/calendar-subscriptions")
                .then().statusCode(200).body("totalItems", equalTo(1)).extract().asString();
        assertFalse(read.contains(secret) || listed.contains(secret), "the secret is shown only when it is made");

        String stored = stored("SELECT token_hash FROM calendar_subscription WHERE id = '" + id + "'");
        assertNotEquals(secret, stored);
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8))), stored);
    }

    @Test
    void aRevokedAddressIsNotFoundAndRevokingAgainChangesNothing() {
        String owner = someone();
        Response made = subscribe(councillor(owner), "{\"label\":\"Tablet\"}");
        String id = made.path("subscription.id");
        String path = made.path("feedPath");
        given().get(path).then().statusCode(200);

        given().auth().oauth2(councillor(owner)).delete("/api/v1/calendar-subscriptions/{id}", id).then().statusCode(204);
        given().get(path).then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://csp.example.org/problems/not-found"));
        String revokedAt = given().auth().oauth2(councillor(owner)).get("/api/v1/calendar-subscriptions/{id}", id)
                .then().statusCode(200).body("status", equalTo("REVOKED")).extract().path("revokedAt");

        clock.shift(Duration.ofMinutes(5));
        given().auth().oauth2(councillor(owner)).delete("/api/v1/calendar-subscriptions/{id}", id).then().statusCode(204);
        given().auth().oauth2(councillor(owner)).get("/api/v1/calendar-subscriptions/{id}", id)
                .then().statusCode(200).body("revokedAt", equalTo(revokedAt));
    }

    @Test
    void anAddressStopsWorkingWhenItExpires() {
        Fixtures.setClock(clock, "2019-03-01T09:00:00Z");
        String owner = someone();
        Response made = subscribe(councillor(owner), "{\"label\":\"Desk\"}");
        String path = made.path("feedPath");
        String id = made.path("subscription.id");

        Fixtures.setClock(clock, "2020-02-29T08:59:00Z");
        given().get(path).then().statusCode(200);
        Fixtures.setClock(clock, "2020-02-29T09:00:00Z");
        given().get(path).then().statusCode(404);
        given().auth().oauth2(councillor(owner)).get("/api/v1/calendar-subscriptions/{id}", id)
                .then().statusCode(200).body("status", equalTo("EXPIRED")).body("revokedAt", nullValue());
    }

    @Test
    void someoneElsesSubscriptionDoesNotExistForThemButAnAdministratorMayRevokeIt() {
        String owner = someone();
        String other = councillor(someone());
        Response made = subscribe(councillor(owner), "{\"label\":\"Laptop\"}");
        String id = made.path("subscription.id");
        String path = made.path("feedPath");

        given().auth().oauth2(other).get("/api/v1/calendar-subscriptions/{id}", id).then().statusCode(404);
        given().auth().oauth2(other).delete("/api/v1/calendar-subscriptions/{id}", id).then().statusCode(404);
        given().get(path).then().statusCode(200);
        given().auth().oauth2(other).get("/api/v1/calendar-subscriptions").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth().oauth2(other).queryParam("owner", owner).get("/api/v1/calendar-subscriptions")
                .then().statusCode(400).body("errors[0].field", equalTo("owner"));

        given().auth().oauth2(TestTokens.admin()).queryParam("owner", owner).get("/api/v1/calendar-subscriptions")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(id));
        given().auth().oauth2(TestTokens.admin()).delete("/api/v1/calendar-subscriptions/{id}", id).then().statusCode(204);
        given().get(path).then().statusCode(404);
    }

    @Test
    void aPersonHoldsAtMostTenActiveSubscriptionsEvenWhenAskingForManyAtOnce() throws Exception {
        String owner = someone();
        List<Response> answers = Simultaneous.fire(12, n -> subscribe(councillor(owner), "{\"label\":\"Device " + n + "\"}"));
        assertEquals(10, answers.stream().filter(r -> r.statusCode() == 201).count(), "ten made");
        for (Response refused : answers.stream().filter(r -> r.statusCode() != 201).toList()) {
            refused.then().statusCode(422).body("type", equalTo("https://csp.example.org/problems/subscription-limit"))
                    .body("limit", equalTo(10));
        }
        String first = answers.stream().filter(r -> r.statusCode() == 201).findFirst().orElseThrow().path("subscription.id");

        given().auth().oauth2(councillor(owner)).delete("/api/v1/calendar-subscriptions/{id}", first).then().statusCode(204);
        subscribe(councillor(owner), "{\"label\":\"Replacement\"}").then().statusCode(201);
        given().auth().oauth2(councillor(owner)).get("/api/v1/calendar-subscriptions").then().statusCode(200).body("totalItems", equalTo(11));
    }

    @Test
    void obligationsAreInTheFeedOnlyForTheRolesThatMayReadThemAndSoInTheirSubscriptions() {
        Fixtures.setClock(clock, "2021-01-04T10:00:00Z");
        String awardId = UUID.randomUUID().toString();
        ObligationsTest.award(awardId, "{\"code\":\"pcc-return\",\"description\":\"Return to the PCC\",\"dueDate\":\"2021-02-01\"}");
        await().atMost(Duration.ofSeconds(30)).until(() -> ObligationsTest.obligations(awardId, "").getInt("totalItems") == 1);
        String uid = "UID:obligation-" + ObligationsTest.obligations(awardId, "").getString("items[0].id");
        String agency = TestTokens.token("officer." + UUID.randomUUID() + "@kent-police.test", "kent-police", TestTokens.AGENCY);
        String councillor = councillor(someone());

        given().auth().oauth2(agency).get("/api/v1/obligations").then().statusCode(403);
        assertFalse(feedAs(agency).contains(uid), "a partner agency reads no obligations, in the feed either");
        assertTrue(feedAs(councillor).contains(uid));

        Response agencys = subscribe(agency, "{\"label\":\"Agency calendar\"}");
        agencys.then().statusCode(201).body("subscription.withObligations", equalTo(false));
        assertFalse(given().get(agencys.<String>path("feedPath")).then().statusCode(200).extract().asString().contains(uid));
        Response councillors = subscribe(councillor, "{\"label\":\"Councillor calendar\"}");
        councillors.then().statusCode(201).body("subscription.withObligations", equalTo(true));
        assertTrue(given().get(councillors.<String>path("feedPath")).then().statusCode(200).extract().asString().contains(uid));
    }

    @Test
    void aBodysFeedShowsTheObligationsDraftedOntoItsAgendas() {
        Fixtures.setClock(clock, "2027-01-04T10:00:00Z");
        String committee = Fixtures.body("Crime and Disorder 2027", "COMMITTEE", true);
        Fixtures.meeting(committee, "2027-03-16");
        String other = Fixtures.body("Licensing 2027", "COMMITTEE", false);
        String awardId = UUID.randomUUID().toString();
        ObligationsTest.award(awardId, "{\"code\":\"pcc-proposal-report\",\"description\":\"Proposals to the PCC\",\"dueDate\":\"2027-03-31\"}");
        await().atMost(Duration.ofSeconds(30)).until(() -> "SCHEDULED".equals(ObligationsTest.obligations(awardId, "").getString("items[0].status")));
        String uid = "UID:obligation-" + ObligationsTest.obligations(awardId, "").getString("items[0].id");
        String agency = TestTokens.token("officer." + UUID.randomUUID() + "@kent-police.test", "kent-police", TestTokens.AGENCY);

        assertTrue(feedAs(Fixtures.OFFICER, committee).contains(uid), "on the committee's calendar");
        assertFalse(feedAs(Fixtures.OFFICER, other).contains(uid), "not on another body's");
        assertFalse(feedAs(agency, committee).contains(uid), "not for a partner agency");
        String path = subscribe(councillor(someone()), "{\"label\":\"Committee\",\"bodyId\":\"" + committee + "\"}")
                .then().statusCode(201).body("subscription.withObligations", equalTo(true)).extract().path("feedPath");
        assertTrue(given().get(path).then().statusCode(200).extract().asString().contains(uid));
    }

    static String feedAs(String token, String bodyId) {
        return given().auth().oauth2(token).queryParam("bodyId", bodyId).get("/api/v1/calendar.ics").then().statusCode(200).extract().asString();
    }

    static String feedAs(String token) {
        return given().auth().oauth2(token).get("/api/v1/calendar.ics").then().statusCode(200).extract().asString();
    }

    @Test
    void aBadRequestNamesTheFieldAndMakesNothing() {
        String owner = someone();
        String token = councillor(owner);
        subscribe(token, "{\"label\":\"  \"}").then().statusCode(400).body("errors[0].field", equalTo("label"));
        subscribe(token, "{\"label\":\"Outlook\",\"bodyId\":\"" + UUID.randomUUID() + "\"}").then().statusCode(422)
                .body("type", equalTo("https://csp.example.org/problems/unknown-body"));
        subscribe(token, "{\"label\":\"Outlook\",\"bodyId\":\"not-a-uuid\"}").then().statusCode(400);
        // an empty id is not "every body": the feed it would give is not the one asked for
        subscribe(token, "{\"label\":\"Outlook\",\"bodyId\":\"\"}").then().statusCode(400).body("errors[0].field", equalTo("bodyId"));
        subscribe(token, "{\"label\":\"Outlook\",\"bodyId\":\" \"}").then().statusCode(400).body("errors[0].field", equalTo("bodyId"));
        given().auth().oauth2(token).get("/api/v1/calendar-subscriptions").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aGuessedOrMalformedAddressIsNotFound() {
        for (String guess : List.of("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "x", "%20", "a".repeat(500))) {
            given().get("/api/v1/calendar-feeds/" + guess + ".ics").then().statusCode(404)
                    .contentType("application/problem+json");
        }
        feedPath(councillor(someone()), "Real");
        given().get("/api/v1/calendar-feeds/.ics").then().statusCode(404);
    }

    private String stored(String sql) throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            assertTrue(rows.next(), sql);
            return rows.getString(1);
        }
    }
}
