package org.csp.governance.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import java.util.UUID;
import org.csp.platform.problem.ApiException;
import org.junit.jupiter.api.Test;

/** What a decision may be (who recommends what to whom) and what it keeps true once recorded. */
class DecisionTest {

    static final UUID COMMITTEE = UUID.randomUUID();
    static final UUID COUNCIL = UUID.randomUUID();
    static final UUID CHAIR = UUID.randomUUID();
    static final UUID JOY = UUID.randomUUID();
    static final UUID WEBB = UUID.randomUUID();

    static ApiException refused(Runnable r) {
        return assertThrows(ApiException.class, r::run);
    }

    @Test
    void aBodyRecommendsToAnotherBodyNeverToItself() {
        ApiException e = refused(() -> Decision.checkKindAndAction(DecisionKind.RECOMMENDS, DecisionAction.RECOMMEND, COMMITTEE,
                BodyKind.COMMITTEE, COMMITTEE, SubjectTypes.PLAN));
        assertEquals("recommendation-to-own-body", e.type());
        assertEquals(422, e.status());
        assertEquals(COMMITTEE, e.extensions().get("recommendedToBodyId"));
    }

    @Test
    void aRecommendationCarriesTheActionRecommendAndNoFinalAction() {
        for (DecisionAction action : DecisionAction.values()) {
            if (action == DecisionAction.RECOMMEND) {
                assertDoesNotThrow(() -> Decision.checkKindAndAction(DecisionKind.RECOMMENDS, action, COMMITTEE, BodyKind.COMMITTEE,
                        COUNCIL, SubjectTypes.PLAN));
            } else {
                ApiException e = refused(() -> Decision.checkKindAndAction(DecisionKind.RECOMMENDS, action, COMMITTEE, BodyKind.COMMITTEE,
                        COUNCIL, SubjectTypes.PLAN));
                assertEquals("recommendation-action", e.type());
                assertEquals(action.name(), e.extensions().get("action"));
            }
        }
    }

    @Test
    void aBodyThatDecidesTakesAFinalActionNotRecommend() {
        ApiException e = refused(() -> Decision.checkKindAndAction(DecisionKind.DECIDES, DecisionAction.RECOMMEND, COMMITTEE,
                BodyKind.COMMITTEE, null, SubjectTypes.PLAN));
        assertEquals("decision-action", e.type());
        assertEquals(422, e.status());
        assertEquals("RECOMMEND", e.extensions().get("action"));
        for (DecisionAction action : DecisionAction.values()) {
            if (action != DecisionAction.RECOMMEND && action != DecisionAction.ADOPT) {
                assertDoesNotThrow(() -> Decision.checkKindAndAction(DecisionKind.DECIDES, action, COMMITTEE, BodyKind.COMMITTEE, null,
                        SubjectTypes.PLAN));
            }
        }
    }

    @Test
    void onlyFullCouncilAdoptsACommunitySafetyPlan() {
        ApiException e = refused(() -> Decision.checkKindAndAction(DecisionKind.DECIDES, DecisionAction.ADOPT, COMMITTEE, BodyKind.COMMITTEE,
                null, SubjectTypes.PLAN));
        assertEquals("plan-adopted-by-council", e.type());
        assertDoesNotThrow(() -> Decision.checkKindAndAction(DecisionKind.DECIDES, DecisionAction.ADOPT, COUNCIL, BodyKind.COUNCIL, null,
                SubjectTypes.PLAN));
        assertDoesNotThrow(() -> Decision.checkKindAndAction(DecisionKind.DECIDES, DecisionAction.ADOPT, COMMITTEE, BodyKind.COMMITTEE, null,
                SubjectTypes.OTHER));
    }

    static Decision carried(int votesFor, int against, int abstentions, Vote casting) {
        Decision d = new Decision();
        d.id = UUID.randomUUID();
        d.outcome = casting == null ? Outcome.CARRIED : casting == Vote.FOR ? Outcome.CARRIED : Outcome.LOST;
        d.votesFor = votesFor;
        d.votesAgainst = against;
        d.abstentions = abstentions;
        d.castingVote = casting;
        d.castingChairId = casting == null ? null : CHAIR;
        return d;
    }

    @Test
    void aRecordedVoteMustStillAddUpWithTheAttendanceAndInterests() {
        Set<UUID> three = Set.of(CHAIR, JOY, WEBB);
        Decision twoToOne = carried(2, 1, 0, null);
        assertDoesNotThrow(() -> twoToOne.requireConsistentWith(three, Set.of(), CHAIR, 148));
        ApiException fewer = refused(() -> twoToOne.requireConsistentWith(Set.of(CHAIR, JOY), Set.of(), CHAIR, 148));
        assertEquals(409, fewer.status());
        assertEquals("contradicts-recorded-decision", fewer.type());
        assertEquals("votes-exceed-present", fewer.extensions().get("rule"));
        assertEquals(148, fewer.extensions().get("minuteNumber"));
        assertEquals("votes-exceed-present", refused(() -> twoToOne.requireConsistentWith(three, Set.of(WEBB), CHAIR, 148))
                .extensions().get("rule"));
    }

    @Test
    void aMemberWhoVotedCannotLaterBeRecordedAsInterestedOrAbsent() {
        Decision byMembers = carried(1, 0, 0, null);
        MemberVoteRecord joy = new MemberVoteRecord();
        joy.councillorId = JOY;
        joy.vote = Vote.FOR;
        byMembers.memberVotes.add(joy);
        Set<UUID> three = Set.of(CHAIR, JOY, WEBB);
        assertDoesNotThrow(() -> byMembers.requireConsistentWith(three, Set.of(WEBB), CHAIR, 150));
        ApiException interested = refused(() -> byMembers.requireConsistentWith(three, Set.of(JOY), CHAIR, 150));
        assertEquals("interested-member-voted", interested.extensions().get("rule"));
        assertEquals(JOY, interested.extensions().get("councillorId"));
        assertEquals("voter-not-present", refused(() -> byMembers.requireConsistentWith(Set.of(CHAIR, WEBB), Set.of(), CHAIR, 150))
                .extensions().get("rule"));
    }

    @Test
    void aCastingVoteNeedsTheChairItWasRecordedWith() {
        Decision tie = carried(1, 1, 0, Vote.AGAINST);
        Set<UUID> three = Set.of(CHAIR, JOY, WEBB);
        assertDoesNotThrow(() -> tie.requireConsistentWith(three, Set.of(), CHAIR, 151));
        assertEquals("chair-cannot-cast", refused(() -> tie.requireConsistentWith(three, Set.of(CHAIR), CHAIR, 151)).extensions().get("rule"));
    }

    @Test
    void theChairCannotChangeOnceTheyGaveACastingVote() {
        Decision tie = carried(1, 1, 0, Vote.AGAINST);
        Set<UUID> three = Set.of(CHAIR, JOY, WEBB);
        ApiException changed = refused(() -> tie.requireConsistentWith(three, Set.of(), JOY, 151));
        assertEquals(409, changed.status());
        assertEquals("contradicts-recorded-decision", changed.type());
        assertEquals("casting-vote-chair-changed", changed.extensions().get("rule"));
        assertEquals(CHAIR, changed.extensions().get("castingChairId"));
        assertEquals(JOY, changed.extensions().get("chairId"));
        assertEquals(151, changed.extensions().get("minuteNumber"));
        assertDoesNotThrow(() -> tie.requireConsistentWith(three, Set.of(), CHAIR, 151));
        // without a casting vote the chair may be corrected
        assertDoesNotThrow(() -> carried(2, 1, 0, null).requireConsistentWith(three, Set.of(), JOY, 152));
    }

    @Test
    void castingVoteChairChangedIsJudgedByTheChairStoredWithTheDecision() {
        Decision tie = carried(1, 1, 0, Vote.FOR);
        tie.castingChairId = JOY;
        Set<UUID> three = Set.of(CHAIR, JOY, WEBB);
        // the chair asked for is compared with the one who gave the casting vote
        assertDoesNotThrow(() -> tie.requireConsistentWith(three, Set.of(), JOY, 153));
        ApiException changed = refused(() -> tie.requireConsistentWith(three, Set.of(), CHAIR, 153));
        assertEquals("casting-vote-chair-changed", changed.extensions().get("rule"));
        assertEquals(JOY, changed.extensions().get("castingChairId"));
        assertEquals(CHAIR, changed.extensions().get("chairId"));
        // and counted again (an interest declared later), the casting vote is still that chair's
        assertDoesNotThrow(() -> tie.requireConsistentWith(three, Set.of(CHAIR), 153));
        assertEquals("chair-cannot-cast", refused(() -> tie.requireConsistentWith(three, Set.of(JOY), 153)).extensions().get("rule"));
    }
}
