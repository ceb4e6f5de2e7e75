package org.csp.grant;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.csp.grant.GrantFixtures.PLAN_TOPIC;
import static org.csp.grant.GrantFixtures.awardIn;
import static org.csp.grant.GrantFixtures.bidBody;
import static org.csp.grant.GrantFixtures.draftBid;
import static org.csp.grant.GrantFixtures.isCurrent;
import static org.csp.grant.GrantFixtures.planHeaders;
import static org.csp.grant.GrantFixtures.prioritiesChangedIn;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.csp.platform.testing.KafkaTestClient;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Each area has its own adopted plan, so a priority is current for its own area only: a bid delivers the plan
 * priorities of the area its award funds, never those of another area's plan.
 */
@QuarkusTest
class PrioritiesPerAreaTest {

    @Inject
    DataSource dataSource;

    @Test
    void aBidDeliversOnlyThePrioritiesOfTheAdoptedPlanOfTheAreaItsAwardFunds() {
        String maidstone = area("maidstone");
        String swale = area("swale");
        String ours = adoptedIn(maidstone);
        String theirs = adoptedIn(swale);
        String award = awardIn(maidstone, 1_000_000, 0);

        createBid(award, theirs).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://csp.example.org/problems/priority-not-current"))
                .body("detail", containsString("area " + maidstone))
                .body("areaCode", equalTo(maidstone))
                .body("notCurrentPriorityIds", contains(theirs));
        createBid(award, ours, theirs).then().statusCode(422).body("notCurrentPriorityIds", contains(theirs));
        given().auth().oauth2(TestTokens.officer()).queryParam("awardId", award).get("/api/v1/bids")
                .then().statusCode(200).body("totalItems", equalTo(0));

        String bid = draftBid(TestTokens.officer(), bidBody(award, "SUB_GROUP", "cysg", 1000, ours));
        GrantFixtures.post(TestTokens.officer(), bid, "submit", null).then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void theCurrentPrioritiesSayWhoseAreaEachIsAndCanBeReadForOneArea() {
        String maidstone = area("maidstone");
        String swale = area("swale");
        String ours = adoptedIn(maidstone);
        String theirs = adoptedIn(swale);

        given().auth().oauth2(TestTokens.officer()).queryParam("areaCode", maidstone).get("/api/v1/plan-priorities")
                .then().statusCode(200).body("items.priorityId", contains(ours)).body("items.areaCode", everyItem(equalTo(maidstone)))
                .body("totalItems", equalTo(1));
        assertTrue(GrantFixtures.currentPriorities().stream().map(p -> p.get("priorityId")).toList().containsAll(List.of(ours, theirs)));
        given().auth().oauth2(TestTokens.officer()).queryParam("areaCode", "x".repeat(51)).get("/api/v1/plan-priorities")
                .then().statusCode(400).body("errors.field", hasItems("areaCode"));
    }

    @Test
    void aPriorityAnnouncedBeforeEventsNamedTheAreaServesNoAwardThatHasAnArea() {
        String area = area("maidstone");
        String planId = UUID.randomUUID().toString();
        String priority = UUID.randomUUID().toString();
        String withoutArea = prioritiesChangedIn(area, planId, "ADOPTED", priority).replace("\"areaCode\":\"" + area + "\",", "");
        KafkaTestClient.send(PLAN_TOPIC, planId, planHeaders(UUID.randomUUID().toString()), withoutArea);
        await().atMost(Duration.ofSeconds(30)).until(() -> isCurrent(priority));

        assertTrue(GrantFixtures.currentPriorities().stream()
                .anyMatch(p -> priority.equals(p.get("priorityId")) && p.get("areaCode") == null));
        createBid(awardIn(area, 1_000_000, 0), priority).then().statusCode(422).body("notCurrentPriorityIds", contains(priority));

        // the plan's next announcement names its area, and the priority serves that area's awards
        KafkaTestClient.send(PLAN_TOPIC, planId, planHeaders(UUID.randomUUID().toString()),
                prioritiesChangedIn(area, planId, "ADOPTED", priority));
        String award = awardIn(area, 1_000_000, 0);
        await().atMost(Duration.ofSeconds(30)).until(() -> createBid(award, priority).statusCode() == 201);
    }

    @Test
    void anAwardMadeBeforeAwardsHadAnAreaTakesTheCurrentPrioritiesOfAnyArea() throws SQLException {
        String theirs = adoptedIn(area("swale"));
        String award = awardIn(area("maidstone"), 1_000_000, 0);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("update grant_award set area_code = null where id = ?")) {
            s.setObject(1, UUID.fromString(award));
            assertEquals(1, s.executeUpdate());
        }

        given().auth().oauth2(TestTokens.officer()).get("/api/v1/awards/{id}", award).then().statusCode(200)
                .body("areaCode", nullValue());
        createBid(award, theirs).then().statusCode(201);
    }

    private static Response createBid(String awardId, String... priorityIds) {
        return given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body(bidBody(awardId, "SUB_GROUP", "cysg", 1000, priorityIds)).post("/api/v1/bids");
    }

    /** A fresh priority of a newly adopted plan of the area, once grant knows it is current. */
    private static String adoptedIn(String areaCode) {
        String planId = UUID.randomUUID().toString();
        String priority = UUID.randomUUID().toString();
        KafkaTestClient.send(PLAN_TOPIC, planId, planHeaders(UUID.randomUUID().toString()),
                prioritiesChangedIn(areaCode, planId, "ADOPTED", priority));
        await().atMost(Duration.ofSeconds(30)).until(() -> isCurrent(priority));
        return priority;
    }

    /** An area no other test uses (tests share one database). */
    private static String area(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
