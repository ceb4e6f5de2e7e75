package org.csp.systemtests;

import static org.awaitility.Awaitility.await;
import static org.csp.systemtests.TheSystem.officer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csp.platform.testing.TestTokens;
import org.csp.systemtests.SeedYear.Theme;
import org.csp.systemtests.SystemUnderTest.Service;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The partnership's year 2019 across all four services, as issue 8 lists it: the assessment's priorities
 * become the plan's themes, governance decisions take effect when their windows close and move the
 * assessment and the plan on, the PCC grant funds actions of the adopted plan, and the chain from a crime
 * trend to a funded action and the decision that allowed it is followed by ids. The services' clocks are
 * moved from the evening of 12 February 2019 to the dates of the story. Steps build on each other.
 */
@ExtendWith(TheSystem.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(Order.DEFAULT + 1)
class SeedYearScenarioTest {

    static final Duration EFFECT = Duration.ofSeconds(60);
    static final String AREA = "maidstone-" + UUID.randomUUID().toString().substring(0, 8);

    static String assessmentId;
    static String trendId;
    static String planId;
    static final Map<Theme, String> themeIds = new LinkedHashMap<>();
    static final Map<Theme, String> actionIds = new LinkedHashMap<>();
    static final Map<Theme, String> recommendationIds = new HashMap<>();
    static String endorsementId;
    static String adoptionId;
    static String awardId;
    static String fundedBidId;

    static String etagOf(long version) {
        return "\"" + version + "\"";
    }

    @Test
    @Order(1)
    void assessmentLoadsTheFiguresAndPublishesItsRecommendedPriorities() {
        TheSystem.setClocks(TheSystem.CLOCK_START.minus(Duration.ofDays(23))); // 20 January 2019, publication day
        officer(Service.ASSESSMENT).body("""
                {"code":"%s","name":"Maidstone Borough","populations":[{"year":2017,"population":169955},{"year":2018,"population":171826}]}"""
                .formatted(AREA)).post("/api/v1/areas").then().statusCode(201);
        officer(Service.ASSESSMENT).body(SeedYear.importBody(AREA)).post("/api/v1/statistics/imports")
                .then().statusCode(201).body("rowsRejected", equalTo(0));
        JsonPath trends = officer(Service.ASSESSMENT).queryParam("previous", "FY2017-18").queryParam("current", "FY2018-19")
                .queryParam("categoryCode", "most-serious-violence").get("/api/v1/areas/{a}/trends", AREA)
                .then().statusCode(200).extract().jsonPath();
        trendId = trends.getString("figures[0].id");
        assertEquals(38.0f, trends.getFloat("figures[0].changePercent"), 0.05f, "most serious violence +38.0%");

        // the 2019-22 plan is drafted before the assessment is published, so its priorities arrive on it
        planId = officer(Service.PLAN).body("""
                {"areaCode":"%s","title":"Community Safety Plan 2019-22","periodStart":"2019-04-01","periodEnd":"2022-03-31",
                 "crossCuttingThemes":[{"title":"Prevent duty"},{"title":"Reducing reoffending"},{"title":"Anti-social behaviour"}]}"""
                .formatted(AREA)).post("/api/v1/plans").then().statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");

        Response created = officer(Service.ASSESSMENT).body(SeedYear.assessmentBody(AREA)).post("/api/v1/assessments");
        created.then().statusCode(201).body("priorities.size()", equalTo(5))
                .body("priorities[0].evidence[0].id", equalTo(trendId));
        assessmentId = created.path("id");
        for (int i = 0; i < SeedYear.THEMES.size(); i++) {
            recommendationIds.put(SeedYear.THEMES.get(i), created.path("priorities[" + i + "].id"));
        }
        officer(Service.ASSESSMENT).header("If-Match", created.header("ETag"))
                .post("/api/v1/assessments/{id}/publish", assessmentId).then().statusCode(200).body("status", equalTo("PUBLISHED"));
    }

    @Test
    @Order(2)
    void thePrioritiesArriveAsProposalsOnTheDraftPlanAndBecomeFiveLedThemesWithFirstYearActions() {
        JsonPath proposals = await().atMost(EFFECT).until(() -> officer(Service.PLAN).queryParam("assessmentId", assessmentId)
                .queryParam("size", 50).get("/api/v1/proposals").then().statusCode(200).extract().jsonPath(),
                page -> page.getInt("totalItems") == 5);
        assertEquals(List.of(planId, planId, planId, planId, planId), proposals.getList("items.planId"));
        assertTrue(proposals.getList("items.status").stream().allMatch("PENDING"::equals), proposals.prettify());

        for (Theme theme : SeedYear.THEMES) {
            String recommendation = recommendationIds.get(theme);
            Map<String, Object> proposal = proposals.<Map<String, Object>>getList("items").stream()
                    .filter(p -> recommendation.equals(p.get("recommendationId"))).findFirst().orElseThrow();
            String group = officer(Service.PLAN).body("""
                    {"code":"%s-%s","name":"%s","kind":"SUB_GROUP","memberAgencies":["maidstone-borough-council","kent-police"]}"""
                    .formatted(theme.groupCode(), AREA, theme.groupName())).post("/api/v1/groups")
                    .then().statusCode(201).extract().path("id");
            String themeId = officer(Service.PLAN).header("If-Match", etagOf(((Number) proposal.get("version")).longValue()))
                    .body("""
                            {"leadGroupId":"%s","title":"%s"}""".formatted(group, theme.title()))
                    .post("/api/v1/proposals/{id}/accept", proposal.get("id"))
                    .then().statusCode(200).body("status", equalTo("ACCEPTED")).extract().path("themeId");
            themeIds.put(theme, themeId);
            String actionPlan = officer(Service.PLAN).body("""
                    {"financialYear":"2019-20","outcome":"%s"}""".formatted("Progress on " + theme.title()))
                    .post("/api/v1/themes/{id}/action-plans", themeId).then().statusCode(201).extract().path("id");
            actionIds.put(theme, officer(Service.PLAN).body("""
                    {"title":"%s","leadGroupId":"%s","owner":"%s chair","startDate":"2019-04-01","dueDate":"2020-03-31"}"""
                    .formatted(theme.action(), group, theme.groupName()))
                    .post("/api/v1/action-plans/{id}/actions", actionPlan).then().statusCode(201).extract().path("id"));
        }
        JsonPath themes = officer(Service.PLAN).get("/api/v1/plans/{id}/themes", planId).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = themes.getList("items");
        assertEquals(5, items.size(), themes.prettify());
        assertTrue(items.stream().allMatch(t -> t.get("leadGroupId") != null), "every theme has a lead group");
        Theme first = SeedYear.THEMES.get(0);
        officer(Service.PLAN).get("/api/v1/themes/{id}", themeIds.get(first)).then().statusCode(200)
                .body("evidence[0].recommendationId", equalTo(recommendationIds.get(first)))
                .body("evidence[0].assessmentId", equalTo(assessmentId));
    }

    @Test
    @Order(3)
    void theCommitteeEndorsesTheAssessmentWhichIsEndorsedOnlyWhenTheReferralWindowClosesWithoutReferral() {
        TheSystem.setClocks(TheSystem.CLOCK_START); // the evening of Tuesday 12 February 2019
        Map<String, String> members = new LinkedHashMap<>();
        for (String name : List.of("D Mortimer", "M Burton", "Garten", "Joy", "Powell", "Purle", "Mrs Robertson", "Webb", "Springett")) {
            members.put(name, Governance.councillor(name));
        }
        Governance.Body committee = Governance.body("Communities, Housing and Environment Committee", "COMMITTEE", true, members);
        CommitteeHolder.committee = committee;
        String meeting = Governance.heldMeeting(committee, "2019-02-12");
        String item = Governance.item(meeting, "2019-20 Strategic Assessment", "strategic-assessment", assessmentId);
        JsonPath decision = Governance.unanimousDecision(meeting, item,
                "That the priorities recommended by the 2019 Strategic Assessment be endorsed", "DECIDES", null, "ENDORSE");
        endorsementId = decision.getString("id");
        assertEquals("UNANIMOUS", decision.getString("outcome"));
        assertEquals("2019-02-26", decision.getString("referralDeadline"));
        assertEquals("OPEN", decision.getString("status"));
        officer(Service.ASSESSMENT).get("/api/v1/assessments/{id}", assessmentId).then().body("status", equalTo("PUBLISHED"));

        TheSystem.setClocks(Instant.parse("2019-02-26T20:00:00Z")); // the last day for a referral
        assertEquals("OPEN", Governance.decision(endorsementId).getString("status"));
        officer(Service.ASSESSMENT).get("/api/v1/assessments/{id}", assessmentId).then().body("status", equalTo("PUBLISHED"));

        TheSystem.setClocks(Instant.parse("2019-02-27T09:00:00Z")); // no referral came: the window has closed
        await().atMost(EFFECT).until(() -> "EFFECTIVE".equals(Governance.decision(endorsementId).getString("status")));
        assertEquals("2019-02-27T00:00:00Z", Governance.decision(endorsementId).getString("effectiveAt"));
        await().atMost(EFFECT).untilAsserted(() -> officer(Service.ASSESSMENT).get("/api/v1/assessments/{id}", assessmentId)
                .then().body("status", equalTo("ENDORSED")).body("endorsedByDecision", equalTo(endorsementId)));
    }

    /** The committee is shared by the endorsement and the recommendation to Council. */
    static final class CommitteeHolder {
        static Governance.Body committee;
    }

    @Test
    @Order(4)
    void theCommitteeRecommendsThePlanAndCouncilAdoptsItEachMovingThePlanOnlyOnceInEffect() {
        Map<String, String> councillors = new LinkedHashMap<>();
        for (String name : List.of("Mayor", "Council Member A", "Council Member B")) {
            councillors.put(name, Governance.councillor(name));
        }
        councillors.putAll(CommitteeHolder.committee.members());
        Governance.Body council = Governance.body("Maidstone Borough Council", "COUNCIL", false, councillors);

        TheSystem.setClocks(Instant.parse("2019-03-19T20:00:00Z"));
        officer(Service.PLAN).get("/api/v1/plans/{id}", planId).then().body("status", equalTo("DRAFT"));
        String march = Governance.heldMeeting(CommitteeHolder.committee, "2019-03-19");
        String recommendation = Governance.unanimousDecision(march,
                Governance.item(march, "Community Safety Partnership Plan 2019-2022", "community-safety-plan", planId),
                "That the Community Safety Partnership Plan 2019-22 be recommended to Council for adoption",
                "RECOMMENDS", council.id(), "RECOMMEND").getString("id");
        await().atMost(EFFECT).until(() -> "EFFECTIVE".equals(Governance.decision(recommendation).getString("status")));
        await().atMost(EFFECT).untilAsserted(() -> officer(Service.PLAN).get("/api/v1/plans/{id}", planId).then()
                .body("status", equalTo("RECOMMENDED")).body("recommendedDecisionId", equalTo(recommendation)));

        TheSystem.setClocks(Instant.parse("2019-04-10T20:00:00Z"));
        String april = Governance.heldMeeting(council, "2019-04-10");
        adoptionId = Governance.unanimousDecision(april,
                Governance.item(april, "Community Safety Partnership Plan 2019-2022", "community-safety-plan", planId),
                "That the Community Safety Partnership Plan 2019-22 be adopted", "DECIDES", null, "ADOPT").getString("id");
        await().atMost(EFFECT).until(() -> "EFFECTIVE".equals(Governance.decision(adoptionId).getString("status")));
        await().atMost(EFFECT).untilAsserted(() -> officer(Service.PLAN).get("/api/v1/plans/{id}", planId).then()
                .body("status", equalTo("ADOPTED")).body("adoptedDecisionId", equalTo(adoptionId))
                .body("recommendedDecisionId", equalTo(recommendation)));
    }

    @Test
    @Order(5)
    void theGrantFundsBidsAgainstAdoptedPrioritiesRefusesOthersAndThePlanAndThePccReturnShowIt() {
        // the adopted plan's area travels with its priorities, so grant knows them as this area's
        await().atMost(EFFECT).until(() -> officer(Service.GRANT).queryParam("areaCode", AREA).queryParam("size", 200)
                .get("/api/v1/plan-priorities").then().statusCode(200).extract().jsonPath().getList("items.priorityId")
                .containsAll(themeIds.values()));
        // and each theme's action, which a bid may then fund
        for (Theme theme : actionIds.keySet()) {
            await().atMost(EFFECT).until(() -> officer(Service.GRANT).queryParam("priorityId", themeIds.get(theme))
                    .get("/api/v1/plan-actions").then().statusCode(200).extract().jsonPath().getList("items.actionId")
                    .contains(actionIds.get(theme)));
        }
        Response award = officer(Service.GRANT).body("""
                {"funder":"Kent Police and Crime Commissioner","recipient":"Maidstone Borough Council (Safer Maidstone Partnership)",
                 "areaCode":"%s","financialYear":"2019-20","amountPence":4000000,"tacticalPotPence":500000,
                 "conditions":"Projects deliver on both the PCC's priorities and the partnership's."}""".formatted(AREA)).post("/api/v1/awards");
        award.then().statusCode(201).body("availableForAllocationPence", equalTo(3500000)).body("tacticalPotRemainingPence", equalTo(500000));
        awardId = award.path("id");

        Theme abuse = SeedYear.THEMES.get(1);
        Theme organised = SeedYear.THEMES.get(0);
        fundedBidId = fundedBid(abuse, "One Stop Shop rural outreach", 1_200_000, 1_000_000);
        String second = fundedBid(organised, "Modern slavery awareness for licensed premises", 800_000, 800_000);

        Response refused = officer(Service.GRANT).body(bid("Fly-tipping cameras", UUID.randomUUID().toString(), null, 300_000))
                .post("/api/v1/bids");
        refused.then().statusCode(422).contentType("application/problem+json")
                .body("type", startsWith("https://")).body("detail", org.hamcrest.Matchers.containsString("not priorities of the current adopted plan"));

        await().atMost(EFFECT).untilAsserted(() -> officer(Service.PLAN).get("/api/v1/actions/{id}", actionIds.get(abuse)).then()
                .body("fundedPence", equalTo(1_000_000)).body("funding[0].bidId", equalTo(fundedBidId))
                .body("funding[0].awardId", equalTo(awardId)));
        await().atMost(EFFECT).untilAsserted(() -> officer(Service.PLAN).get("/api/v1/actions/{id}", actionIds.get(organised)).then()
                .body("fundedPence", equalTo(800_000)).body("funding[0].bidId", equalTo(second)));
        officer(Service.PLAN).get("/api/v1/actions/{id}", actionIds.get(SeedYear.THEMES.get(4))).then().body("fundedPence", equalTo(0));

        as(TestTokens.pcc()).get("/api/v1/awards/{id}/pcc-return", awardId).then().statusCode(200)
                .body("amountPence", equalTo(4_000_000)).body("allocatedPence", equalTo(1_800_000))
                .body("projects.bidId", org.hamcrest.Matchers.containsInAnyOrder(fundedBidId, second))
                .body("projects.find { it.bidId == '" + fundedBidId + "' }.planPriorities[0].priorityId", equalTo(themeIds.get(abuse)))
                .body("tacticalPot.potPence", equalTo(500_000));
    }

    private static io.restassured.specification.RequestSpecification as(String token) {
        return TheSystem.as(Service.GRANT, token);
    }

    static String bid(String title, String priorityId, String actionId, long pence) {
        return """
                {"awardId":"%s","title":"%s","description":"%s","applicantType":"SUB_GROUP","applicant":"smp-subgroup",
                 "applicantName":"A sub-group of the Safer Maidstone Partnership","amountRequestedPence":%d,"priorityIds":["%s"],
                 "pccPriorities":["Tackle violence and abuse"],"expectedOutcomes":"Fewer victims","deliveryStart":"2019-04-01",
                 "deliveryEnd":"2020-03-31","actionIds":%s}"""
                .formatted(awardId, title, title, pence, priorityId, actionId == null ? "[]" : "[\"" + actionId + "\"]");
    }

    /** A bid for the theme's first-year action: drafted, submitted, shortlisted at the sift, approved. */
    static String fundedBid(Theme theme, String title, long requested, long allocated) {
        Response draft = officer(Service.GRANT).body(bid(title, themeIds.get(theme), actionIds.get(theme), requested)).post("/api/v1/bids");
        draft.then().statusCode(201);
        String id = draft.path("id");
        String etag = officer(Service.GRANT).header("If-Match", draft.header("ETag")).post("/api/v1/bids/{id}/submit", id)
                .then().statusCode(200).extract().header("ETag");
        etag = officer(Service.GRANT).header("If-Match", etag).body("""
                {"outcome":"SHORTLISTED","reason":"Delivers an adopted priority and a PCC priority"}""")
                .post("/api/v1/bids/{id}/sift", id).then().statusCode(200).extract().header("ETag");
        officer(Service.GRANT).header("If-Match", etag).body("""
                {"allocatedPence":%d,"reason":"Approved at the sift of March 2019"}""".formatted(allocated))
                .post("/api/v1/bids/{id}/approve", id).then().statusCode(200).body("status", equalTo("APPROVED"));
        return id;
    }

    @Test
    @Order(6)
    void theChainFromACrimeTrendToAFundedActionAndTheDecisionsThatAllowedItIsFollowedByIds() {
        Theme organised = SeedYear.THEMES.get(0);
        // assessment: the trend supports a recommended priority
        JsonPath assessment = officer(Service.ASSESSMENT).get("/api/v1/assessments/{id}", assessmentId).then().extract().jsonPath();
        assertEquals(trendId, assessment.getString("priorities[0].evidence[0].id"));
        String recommendation = assessment.getString("priorities[0].id");
        // plan: the theme carries that recommendation; its action is funded by a bid
        officer(Service.PLAN).get("/api/v1/themes/{id}", themeIds.get(organised)).then()
                .body("evidence.recommendationId", hasItem(recommendation)).body("planId", equalTo(planId));
        String bidId = officer(Service.PLAN).get("/api/v1/actions/{id}", actionIds.get(organised)).then()
                .body("themeId", equalTo(themeIds.get(organised))).extract().path("funding[0].bidId");
        // grant: the bid delivers that theme and funds that action
        officer(Service.GRANT).get("/api/v1/bids/{id}", bidId).then().statusCode(200)
                .body("priorityIds", hasItem(themeIds.get(organised))).body("actionIds", hasItem(actionIds.get(organised)))
                .body("awardId", equalTo(awardId));
        // governance: the plan's adoption and the assessment's endorsement are decisions in effect about those subjects
        String adoptedBy = officer(Service.PLAN).get("/api/v1/plans/{id}", planId).then().extract().path("adoptedDecisionId");
        JsonPath adoption = Governance.decision(adoptedBy);
        assertEquals(planId, adoption.getString("subject.id"));
        assertEquals("ADOPT", adoption.getString("action"));
        assertEquals("EFFECTIVE", adoption.getString("status"));
        JsonPath endorsement = Governance.decision(assessment.getString("endorsedByDecision"));
        assertEquals(assessmentId, endorsement.getString("subject.id"));
        assertEquals("EFFECTIVE", endorsement.getString("status"));
        assertNotNull(endorsement.getString("effectiveAt"));
        List<String> chain = new ArrayList<>(List.of("trend " + trendId, "recommendation " + recommendation, "theme "
                + themeIds.get(organised), "action " + actionIds.get(organised), "bid " + bidId, "adoption " + adoptedBy,
                "endorsement " + endorsement.getString("id")));
        System.out.println("[scenario] chain: " + String.join(" -> ", chain));
    }
}
