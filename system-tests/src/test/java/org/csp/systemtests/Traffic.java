package org.csp.systemtests;

import static org.csp.systemtests.TheSystem.officer;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csp.systemtests.SystemUnderTest.Service;

/**
 * A stream of ordinary writes in every service, each of which publishes an event another service acts on,
 * and the counts that show whether every event arrived and every effect happened exactly once.
 * <ul>
 * <li>assessment: an assessment with two priorities is published → plan makes two proposals, governance one
 * scrutiny obligation;</li>
 * <li>grant: an award is created → governance records each of its obligations;</li>
 * <li>governance: Council (exempt from referral) endorses that assessment → the assessment becomes ENDORSED once;</li>
 * <li>plan: an action is created IN_PROGRESS → {@code action-status-changed} on the plan topic.</li>
 * </ul>
 */
final class Traffic {

    static final int PRIORITIES = 2;

    final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final Governance.Body council;
    private final String meeting;
    private final String actionPlan;
    final List<Round> rounds = new ArrayList<>();

    /** What one round wrote (null where that write was not made or not acknowledged). */
    record Round(String assessmentId, String awardId, int awardObligations, String decisionId, String actionId) {
    }

    /** The council, a held meeting and a plan with a theme and an action plan; needs the whole system up. */
    Traffic() {
        Map<String, String> members = new LinkedHashMap<>();
        for (String name : List.of("Chair " + tag, "Member " + tag)) {
            members.put(name, Governance.councillor(name));
        }
        council = Governance.body("Council " + tag, "COUNCIL", false, members);
        meeting = Governance.heldMeeting(council, "2019-02-12");
        String plan = officer(Service.PLAN).body("""
                {"areaCode":"fault-%s","title":"Plan %s","periodStart":"2019-04-01","periodEnd":"2022-03-31"}""".formatted(tag, tag))
                .post("/api/v1/plans").then().statusCode(201).extract().path("id");
        String theme = officer(Service.PLAN).body("""
                {"title":"Theme %s"}""".formatted(tag)).post("/api/v1/plans/{id}/themes", plan).then().statusCode(201).extract().path("id");
        actionPlan = officer(Service.PLAN).body("""
                {"financialYear":"2019-20","outcome":"Outcome %s"}""".formatted(tag))
                .post("/api/v1/themes/{id}/action-plans", theme).then().statusCode(201).extract().path("id");
    }

    /** One write in every service; throws if a write was not acknowledged. */
    Round round() {
        int n = rounds.size();
        String assessment = publishAssessment(tag + "-" + n);
        Response award = officer(Service.GRANT).body("""
                {"funder":"Kent Police and Crime Commissioner","recipient":"Recipient %s-%d","areaCode":"maidstone","financialYear":"2019-20",
                 "amountPence":4000000,"tacticalPotPence":500000}""".formatted(tag, n)).post("/api/v1/awards");
        award.then().statusCode(201);
        String item = Governance.item(meeting, "Strategic Assessment " + tag + "-" + n, "strategic-assessment", assessment);
        String decision = Governance.unanimousDecision(meeting, item, "That the priorities be endorsed", "DECIDES", null, "ENDORSE")
                .getString("id");
        String action = officer(Service.PLAN).body("""
                {"title":"Action %s-%d","leadAgency":"kent-police","owner":"Inspector","startDate":"2019-04-01",
                 "dueDate":"2020-03-31","status":"IN_PROGRESS"}""".formatted(tag, n))
                .post("/api/v1/action-plans/{id}/actions", actionPlan).then().statusCode(201).extract().path("id");
        Round round = new Round(assessment, award.path("id"), award.jsonPath().getList("obligations").size(), decision, action);
        rounds.add(round);
        return round;
    }

    /** Creates and publishes an assessment with {@link #PRIORITIES} priorities in its own area. */
    static String publishAssessment(String area) {
        officer(Service.ASSESSMENT).body("""
                {"code":"fault-%s","name":"Area %s","populations":[{"year":2018,"population":171826}]}"""
                .formatted(area, area)).post("/api/v1/areas").then().statusCode(201);
        Response created = officer(Service.ASSESSMENT).body("""
                {"areaCode":"fault-%s","financialYear":"2019-20","title":"Strategic Assessment %s",
                 "priorities":[{"title":"First priority %s","rationale":"Rising"},{"title":"Second priority %s","rationale":"Rising"}]}"""
                .formatted(area, area, area, area)).post("/api/v1/assessments");
        created.then().statusCode(201);
        String id = created.path("id");
        officer(Service.ASSESSMENT).header("If-Match", created.header("ETag")).post("/api/v1/assessments/{id}/publish", id)
                .then().statusCode(200);
        return id;
    }

    /** Plan proposals made from an assessment's priorities, by recommendation id → how many. */
    static Map<String, Integer> proposals(String assessmentId) {
        JsonPath page = officer(Service.PLAN).queryParam("assessmentId", assessmentId).queryParam("size", 200)
                .get("/api/v1/proposals").then().statusCode(200).extract().jsonPath();
        Map<String, Integer> byRecommendation = new LinkedHashMap<>();
        for (String r : page.<String>getList("items.recommendationId")) {
            byRecommendation.merge(r, 1, Integer::sum);
        }
        return byRecommendation;
    }

    /** Governance obligations learnt from another service's aggregate. */
    static int obligations(String sourceId) {
        return officer(Service.GOVERNANCE).queryParam("sourceId", sourceId).queryParam("size", 200)
                .get("/api/v1/obligations").then().statusCode(200).extract().path("totalItems");
    }

    /** How often the assessment was endorsed (its audit trail), 0 while it is not. */
    static int endorsements(String assessmentId) {
        List<String> actions = officer(Service.ASSESSMENT).queryParam("resourceType", "strategic-assessment")
                .queryParam("resourceId", assessmentId).queryParam("size", 200).get("/api/v1/audit")
                .then().statusCode(200).extract().jsonPath().getList("items.action");
        return (int) actions.stream().filter("assessment.endorsed"::equals).count();
    }

    /** The counts over every round so far, read from the topics and from the consuming services' APIs. */
    FaultCounts counts(String fault) {
        FaultCounts c = new FaultCounts(fault);
        Set<String> assessments = new HashSet<>();
        Set<String> awards = new HashSet<>();
        Set<String> decisions = new HashSet<>();
        Set<String> actions = new HashSet<>();
        for (Round r : rounds) {
            assessments.add(r.assessmentId());
            awards.add(r.awardId());
            decisions.add(r.decisionId());
            actions.add(r.actionId());
        }
        c.sent = rounds.size() * 5L; // published, endorsed, award-created, decision-effective, action-status-changed
        c.delivered = distinctEvents(Topics.ASSESSMENT, assessments, "assessment-published", c)
                + distinctEvents(Topics.ASSESSMENT, assessments, "assessment-endorsed", c)
                + distinctEvents(Topics.GRANT, awards, "award-created", c)
                + distinctEvents(Topics.GOVERNANCE, decisions, "decision-effective", c)
                + distinctEvents(Topics.PLAN, actions, "action-status-changed", c);
        for (Round r : rounds) {
            Map<String, Integer> proposals = proposals(r.assessmentId());
            effect(c, PRIORITIES, proposals.size(), proposals.values().stream().mapToInt(v -> v - 1).sum());
            int scrutiny = obligations(r.assessmentId());
            effect(c, 1, Math.min(scrutiny, 1), Math.max(0, scrutiny - 1));
            int awardObligations = obligations(r.awardId());
            effect(c, r.awardObligations(), Math.min(awardObligations, r.awardObligations()),
                    Math.max(0, awardObligations - r.awardObligations()));
            int endorsed = endorsements(r.assessmentId());
            effect(c, 1, Math.min(endorsed, 1), Math.max(0, endorsed - 1));
        }
        return c;
    }

    private static void effect(FaultCounts c, int expected, int distinct, int duplicates) {
        c.expectedEffects += expected;
        c.effects += distinct;
        c.duplicates += duplicates;
        c.lost += expected - distinct;
    }

    /**
     * Distinct event ids of the type for the aggregates, found by the aggregate id of {@code ce_subject} (not by the key:
     * a decision is keyed by its subject's id); records beyond the distinct ids count as redeliveries.
     */
    static long distinctEvents(String topic, Set<String> aggregateIds, String eventName, FaultCounts c) {
        Predicate<ConsumerRecord<String, String>> ours = r -> aggregateIds.contains(aggregateId(Topics.header(r, "ce_subject")))
                && String.valueOf(Topics.header(r, "ce_type")).contains("." + eventName + ".");
        List<ConsumerRecord<String, String>> records = Topics.readAll(topic).stream().filter(ours).toList();
        long distinct = records.stream().map(r -> Topics.header(r, "ce_id")).distinct().count();
        c.redelivered += records.size() - distinct;
        return distinct;
    }

    /** {@code <aggregate-type>/<aggregate-id>} → the id; null for a record without ce_subject. */
    static String aggregateId(String ceSubject) {
        return ceSubject == null ? null : ceSubject.substring(ceSubject.indexOf('/') + 1);
    }
}
