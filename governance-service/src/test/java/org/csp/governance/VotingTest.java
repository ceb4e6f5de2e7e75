package org.csp.governance;

import static org.csp.governance.Fixtures.decide;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.csp.platform.time.PlatformClock;
import org.junit.jupiter.api.Test;

/** Votes that do not add up are refused with the figures; ties go to the chair's casting vote. */
@QuarkusTest
class VotingTest {

    @Inject
    PlatformClock clock;

    static String counts(String extra) {
        return """
                {"resolution":"That the report be noted.","voting":{%s},"kind":"DECIDES","action":"NOTE"}""".formatted(extra);
    }

    @Test
    void votesCannotExceedTheMembersPresentAndEntitled() {
        Fixtures.setClock(clock, "2019-02-12T20:00:00Z");
        Fixtures.Committee c = Fixtures.committeeOf12February2019();
        String item = Fixtures.item(c.meetingId(), "SUBSTANTIVE", "Report", "null");
        Response r = decide(c.meetingId(), item, counts("\"votesFor\":6,\"votesAgainst\":3,\"abstentions\":1"));
        MeetingRulesTest.problem(r, 422, "votes-exceed-present");
        r.then().body("votesCast", equalTo(10)).body("entitledToVote", equalTo(9)).body("present", equalTo(9));
    }

    @Test
    void aMemberWhoDeclaredAnInterestDoesNotVote() {
        Fixtures.setClock(clock, "2019-02-12T20:00:00Z");
        Fixtures.Committee c = Fixtures.committeeOf12February2019();
        String item = Fixtures.post("/api/v1/meetings/{id}/items", """
                {"kind":"SUBSTANTIVE","title":"Grant bid","subject":{"type":"grant-bid","id":"%s"},
                 "interests":[{"councillorId":"%s","nature":"Trustee of the applicant"}]}""".formatted(java.util.UUID.randomUUID(), c.id("Joy")),
                c.meetingId()).then().statusCode(201).body("interests[0].councillorId", equalTo(c.id("Joy"))).extract().path("id");
        MeetingRulesTest.problem(decide(c.meetingId(), item, counts("\"votesFor\":9,\"votesAgainst\":0")), 422, "votes-exceed-present");
        MeetingRulesTest.problem(decide(c.meetingId(), item, counts("\"memberVotes\":[{\"councillorId\":\"%s\",\"vote\":\"FOR\"}]"
                .formatted(c.id("Joy")))), 422, "interested-member-voted");
        decide(c.meetingId(), item, """
                {"resolution":"That the bid be approved.","voting":{"votesFor":5,"votesAgainst":3,"abstentions":0},"kind":"DECIDES","action":"APPROVE"}""")
                .then().statusCode(201).body("outcome", equalTo("CARRIED")).body("status", equalTo("OPEN"))
                .body("subject.type", equalTo("grant-bid"));
    }

    @Test
    void anInterestCannotBeDeclaredInAnItemOnWhichTheMemberHasVoted() {
        Fixtures.setClock(clock, "2019-02-12T20:00:00Z");
        Fixtures.Committee c = Fixtures.committeeOf12February2019();
        String item = Fixtures.item(c.meetingId(), "SUBSTANTIVE", "Grant bid", "null");
        decide(c.meetingId(), item, counts("\"memberVotes\":[{\"councillorId\":\"%s\",\"vote\":\"FOR\"},{\"councillorId\":\"%s\",\"vote\":\"FOR\"},{\"councillorId\":\"%s\",\"vote\":\"AGAINST\"}]"
                .formatted(c.id("Joy"), c.id("Garten"), c.id("Powell")))).then().statusCode(201);
        String path = "/api/v1/meetings/{m}/items/{i}";
        String etag = Fixtures.etag(path, c.meetingId(), item);
        String withInterest = """
                {"kind":"SUBSTANTIVE","title":"Grant bid","interests":[{"councillorId":"%s","nature":"Trustee of the applicant"}]}""";

        Response joy = Fixtures.put(path, etag, withInterest.formatted(c.id("Joy")), c.meetingId(), item);
        MeetingRulesTest.problem(joy, 409, "contradicts-recorded-decision");
        joy.then().body("rule", equalTo("interested-member-voted")).body("councillorId", equalTo(c.id("Joy")));
        io.restassured.RestAssured.given().auth().oauth2(Fixtures.OFFICER).get(path, c.meetingId(), item).then()
                .header("ETag", etag).body("interests.size()", equalTo(0));

        // a member who did not vote may still declare an interest: three votes of eight entitled still add up
        Fixtures.put(path, etag, withInterest.formatted(c.id("Webb")), c.meetingId(), item).then().statusCode(200)
                .body("interests[0].councillorId", equalTo(c.id("Webb")));

        // with counts only, an interest that leaves fewer entitled than voted contradicts the vote
        String unanimous = Fixtures.item(c.meetingId(), "SUBSTANTIVE", "Report", "null");
        decide(c.meetingId(), unanimous, counts("\"unanimous\":true")).then().statusCode(201).body("votesFor", equalTo(9));
        MeetingRulesTest.problem(Fixtures.put(path, Fixtures.etag(path, c.meetingId(), unanimous), withInterest.formatted(c.id("Webb")),
                c.meetingId(), unanimous), 409, "contradicts-recorded-decision");
    }

    @Test
    void whetherAnItemWasUrgentCannotChangeOnceItsResolutionIsRecorded() {
        Fixtures.setClock(clock, "2019-02-12T20:00:00Z");
        Fixtures.Committee c = Fixtures.committeeOf12February2019();
        String item = Fixtures.item(c.meetingId(), "SUBSTANTIVE", "Report", "null");
        decide(c.meetingId(), item, counts("\"unanimous\":true")).then().statusCode(201).body("status", equalTo("OPEN"));
        String path = "/api/v1/meetings/{m}/items/{i}";
        String etag = Fixtures.etag(path, c.meetingId(), item);
        Response urgent = Fixtures.put(path, etag, "{\"kind\":\"SUBSTANTIVE\",\"title\":\"Report\",\"urgent\":true}", c.meetingId(), item);
        MeetingRulesTest.problem(urgent, 409, "contradicts-recorded-decision");
        urgent.then().body("rule", equalTo("urgency-decided")).body("urgent", equalTo(false));
        Fixtures.put(path, etag, "{\"kind\":\"SUBSTANTIVE\",\"title\":\"Report on the year\",\"urgent\":false}", c.meetingId(), item)
                .then().statusCode(200).body("urgent", equalTo(false));
    }

    @Test
    void aCommitteeRecommendsToAnotherBodyAndOnlyWhatItMayRecommend() {
        Fixtures.setClock(clock, "2019-02-12T20:00:00Z");
        Fixtures.Committee c = Fixtures.committeeOf12February2019();
        String council = Fixtures.body("Council", "COUNCIL", false);
        String plan = "{\"type\":\"community-safety-plan\",\"id\":\"" + java.util.UUID.randomUUID() + "\"}";
        String item = Fixtures.item(c.meetingId(), "SUBSTANTIVE", "Community Safety Plan 2019-22", plan);

        Response toItself = decide(c.meetingId(), item, Fixtures.unanimous("That the plan be recommended.", "RECOMMENDS", c.bodyId(), "RECOMMEND"));
        MeetingRulesTest.problem(toItself, 422, "recommendation-to-own-body");
        toItself.then().body("recommendedToBodyId", equalTo(c.bodyId()));
        Response adopt = decide(c.meetingId(), item, Fixtures.unanimous("That the plan be adopted.", "RECOMMENDS", council, "ADOPT"));
        MeetingRulesTest.problem(adopt, 422, "recommendation-action");
        adopt.then().body("action", equalTo("ADOPT"));
        MeetingRulesTest.problem(decide(c.meetingId(), item, Fixtures.unanimous("That the plan be adopted.", "DECIDES", null, "ADOPT")),
                422, "plan-adopted-by-council");
        Response decidesToRecommend = decide(c.meetingId(), item, Fixtures.unanimous("That the plan be recommended.", "DECIDES", null, "RECOMMEND"));
        MeetingRulesTest.problem(decidesToRecommend, 422, "decision-action");
        decidesToRecommend.then().body("action", equalTo("RECOMMEND"));

        decide(c.meetingId(), item, Fixtures.unanimous("That Council be recommended to adopt the plan.", "RECOMMENDS", council, "RECOMMEND"))
                .then().statusCode(201).body("status", equalTo("EFFECTIVE")).body("recommendedToBodyId", equalTo(council));
    }

    @Test
    void aTieIsDecidedByTheChairsCastingVoteAndALostMotionDoesNotOpenAWindow() {
        Fixtures.setClock(clock, "2019-02-12T20:00:00Z");
        Fixtures.Committee c = Fixtures.committeeOf12February2019();
        String tied = Fixtures.item(c.meetingId(), "SUBSTANTIVE", "Tied", "null");
        MeetingRulesTest.problem(decide(c.meetingId(), tied, counts("\"votesFor\":4,\"votesAgainst\":4,\"abstentions\":1")),
                422, "casting-vote-required");
        decide(c.meetingId(), tied, counts("\"votesFor\":4,\"votesAgainst\":4,\"abstentions\":1,\"castingVote\":\"FOR\""))
                .then().statusCode(201).body("outcome", equalTo("CARRIED")).body("castingVote", equalTo("FOR"));
        MeetingRulesTest.problem(decide(c.meetingId(), tied, counts("\"unanimous\":true")), 409, "decision-exists");
        String lost = Fixtures.item(c.meetingId(), "SUBSTANTIVE", "Lost", "null");
        decide(c.meetingId(), lost, counts("\"votesFor\":2,\"votesAgainst\":7"))
                .then().statusCode(201).body("outcome", equalTo("LOST")).body("status", equalTo("LOST"))
                .body("referralDeadline", equalTo(null));
    }

    @Test
    void aVoteCountMustBeAWholeNumberNotAFractionOrText() {
        Fixtures.setClock(clock, "2019-02-12T20:00:00Z");
        Fixtures.Committee c = Fixtures.committeeOf12February2019();
        String item = Fixtures.item(c.meetingId(), "SUBSTANTIVE", "Report", "null");
        for (String bad : new String[] {"\"votesFor\":5.5,\"votesAgainst\":3", "\"votesFor\":\"5\",\"votesAgainst\":3",
                "\"votesFor\":5,\"votesAgainst\":true", "\"unanimous\":\"true\""}) {
            decide(c.meetingId(), item, counts(bad)).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(startsWith("voting.")));
        }
        // nothing was recorded by the refusals: the item can still be decided, with the counts as sent
        decide(c.meetingId(), item, counts("\"votesFor\":5,\"votesAgainst\":3"))
                .then().statusCode(201).body("votesFor", equalTo(5)).body("votesAgainst", equalTo(3));
    }
}
