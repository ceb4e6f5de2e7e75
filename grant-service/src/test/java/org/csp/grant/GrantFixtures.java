package org.csp.grant;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.csp.platform.testing.KafkaTestClient;
import org.csp.platform.testing.TestTokens;

/**
 * Test data from the 2019-20 PCC Community Safety Grant to Maidstone: an award of £40,000 with a tactical
 * pot, bids from sub-groups and agencies against the Community Safety Plan 2019-22's priorities.
 */
final class GrantFixtures {

    static final String PLAN_TOPIC = "csp.plan.events";
    static final long FORTY_THOUSAND_POUNDS = 4_000_000L;
    /** The area of the fixtures' awards and adopted plans. */
    static final String AREA = "maidstone";

    private GrantFixtures() {
    }

    /** A new award with a unique recipient (tests share one database). */
    static String award(long amountPence, long potPence) {
        return awardIn(AREA, amountPence, potPence);
    }

    /** A new award to the partnership of the given area. */
    static String awardIn(String areaCode, long amountPence, long potPence) {
        return given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body(awardBodyIn(areaCode, "Maidstone BC " + UUID.randomUUID(), "2019-20", amountPence, potPence))
                .post("/api/v1/awards").then().statusCode(201).extract().path("id");
    }

    /** A financial year far in the future that no other test awards in, for example 2417-18. */
    static String unusedFinancialYear() {
        int start = 2100 + java.util.concurrent.ThreadLocalRandom.current().nextInt(7000);
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }

    static String awardBody(String recipient, String year, Object amountPence, Object potPence) {
        return awardBodyIn(AREA, recipient, year, amountPence, potPence);
    }

    static String awardBodyIn(String areaCode, String recipient, String year, Object amountPence, Object potPence) {
        return """
                {"funder":"Kent Police and Crime Commissioner","recipient":"%s","areaCode":"%s","financialYear":"%s",
                 "amountPence":%s,"tacticalPotPence":%s,
                 "conditions":"Projects deliver on both the PCC's priorities and the partnership's"}"""
                .formatted(recipient, areaCode, year, amountPence, potPence);
    }

    static Map<String, String> planHeaders(String eventId) {
        Map<String, String> headers = new HashMap<>();
        headers.put("ce_id", eventId);
        headers.put("ce_source", "/csp/plan-service");
        headers.put("ce_specversion", "1.0");
        headers.put("ce_type", "org.csp.plan.priorities-changed.v1");
        headers.put("ce_time", "2019-04-10T20:00:00Z");
        headers.put("content-type", "application/json");
        headers.put("ce_actor", "officer@maidstone.test");
        return headers;
    }

    static String prioritiesChanged(String planId, String status, String... priorityIds) {
        return prioritiesChangedIn(AREA, planId, status, priorityIds);
    }

    static String prioritiesChangedIn(String areaCode, String planId, String status, String... priorityIds) {
        String priorities = Stream.of(priorityIds).map(id -> "{\"priorityId\":\"" + id + "\",\"title\":\"Priority " + id + "\"}")
                .collect(Collectors.joining(","));
        return """
                {"planId":"%s","areaCode":"%s","title":"Community Safety Plan 2019-22","status":"%s","priorities":[%s]}"""
                .formatted(planId, areaCode, status, priorities);
    }

    /** Adopts a new plan with fresh priorities through plan-service's event and waits until they are current. */
    static List<String> adoptedPriorities(int count) {
        String planId = UUID.randomUUID().toString();
        String[] ids = Stream.generate(() -> UUID.randomUUID().toString()).limit(count).toArray(String[]::new);
        KafkaTestClient.send(PLAN_TOPIC, planId, planHeaders(UUID.randomUUID().toString()), prioritiesChanged(planId, "ADOPTED", ids));
        await().atMost(Duration.ofSeconds(30)).until(() -> isCurrent(ids[count - 1]));
        return List.of(ids);
    }

    /** Announces a new action delivering the priority through plan-service's event and waits until grant knows it. */
    static String announcedAction(String priorityId) {
        String actionId = UUID.randomUUID().toString();
        Map<String, String> headers = planHeaders(UUID.randomUUID().toString());
        headers.put("ce_type", "org.csp.plan.action-created.v1");
        KafkaTestClient.send(PLAN_TOPIC, actionId, headers, """
                {"actionId":"%s","planId":"%s","priorityId":"%s","title":"Action %s","status":"NOT_STARTED","dueDate":"2019-09-30"}"""
                .formatted(actionId, UUID.randomUUID(), priorityId, actionId));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(TestTokens.officer())
                .queryParam("priorityId", priorityId).get("/api/v1/plan-actions").then().statusCode(200)
                .extract().jsonPath().getList("items.actionId").contains(actionId));
        return actionId;
    }

    static boolean isCurrent(String priorityId) {
        return currentPriorities().stream().anyMatch(p -> priorityId.equals(p.get("priorityId")));
    }

    /** Every current priority, read page by page (the tests leave many areas' plans current). */
    static List<Map<String, Object>> currentPriorities() {
        List<Map<String, Object>> all = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            io.restassured.path.json.JsonPath body = given().auth().oauth2(TestTokens.officer()).queryParam("page", page)
                    .queryParam("size", 200).get("/api/v1/plan-priorities").then().statusCode(200).extract().jsonPath();
            all.addAll(body.getList("items"));
            if (page + 1 >= body.getInt("totalPages")) {
                return all;
            }
        }
    }

    static String bidBody(String awardId, String applicantType, String applicant, long amountPence, String... priorityIds) {
        String priorities = Stream.of(priorityIds).map(id -> "\"" + id + "\"").collect(Collectors.joining(","));
        return """
                {"awardId":"%s","title":"Domestic abuse one-stop shop outreach",
                 "description":"Weekly outreach sessions of the one-stop shop in rural parishes",
                 "applicantType":"%s","applicant":"%s","applicantName":"Applicant %s","amountRequestedPence":%d,
                 "priorityIds":[%s],"pccPriorities":["Tackle violence and abuse"],
                 "expectedOutcomes":"120 victims supported; repeat referrals down 10%%",
                 "deliveryStart":"2019-04-01","deliveryEnd":"2020-03-31"}"""
                .formatted(awardId, applicantType, applicant, applicant, amountPence, priorities);
    }

    static String draftBid(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/bids")
                .then().statusCode(201).extract().path("id");
    }

    static String etag(String bidId) {
        return given().auth().oauth2(TestTokens.officer()).get("/api/v1/bids/{id}", bidId).then().statusCode(200)
                .extract().header("ETag");
    }

    static Response post(String token, String bidId, String action, String body) {
        var request = given().auth().oauth2(token).header("If-Match", etag(bidId));
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.post("/api/v1/bids/{id}/" + action, bidId);
    }

    /** A sub-group bid taken through submission and a shortlisting sift. */
    static String shortlistedBid(String awardId, long requestedPence, String priorityId) {
        String id = draftBid(TestTokens.officer(), bidBody(awardId, "SUB_GROUP", "domestic-abuse-forum", requestedPence, priorityId));
        post(TestTokens.officer(), id, "submit", null).then().statusCode(200);
        post(TestTokens.officer(), id, "sift", "{\"outcome\":\"SHORTLISTED\",\"reason\":\"Meets the priority\"}").then().statusCode(200);
        return id;
    }

    static String approvedBid(String awardId, long requestedPence, long allocatedPence, String priorityId) {
        String id = shortlistedBid(awardId, requestedPence, priorityId);
        post(TestTokens.officer(), id, "approve", "{\"allocatedPence\":" + allocatedPence + "}").then().statusCode(200);
        return id;
    }

    /**
     * Today in the service's zone (PlatformClock's default, Europe/London), as a payment's paidOn: a payment is dated from
     * the bid's approval day to today, and a bid a test has just approved was approved today at the latest.
     */
    static String today() {
        return LocalDate.now(ZoneId.of("Europe/London")).toString();
    }

    static Response getAward(String awardId) {
        return given().auth().oauth2(TestTokens.officer()).get("/api/v1/awards/{id}", awardId);
    }
}
