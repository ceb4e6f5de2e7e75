package org.csp.governance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.csp.governance.domain.VoteCount.Declared;
import org.csp.governance.domain.VoteCount.MemberVote;
import org.csp.platform.problem.ApiException;
import org.junit.jupiter.api.Test;

/** Votes are checked against who was present and entitled to vote. */
class VoteCountTest {

    final UUID chair = UUID.randomUUID();
    final UUID a = UUID.randomUUID();
    final UUID b = UUID.randomUUID();
    final UUID c = UUID.randomUUID();
    final Set<UUID> present = Set.of(chair, a, b, c);

    static Declared counts(int f, int ag, int ab) {
        return new Declared(false, f, ag, ab, List.of(), null);
    }

    static String refusal(Runnable r) {
        return assertThrows(ApiException.class, r::run).type();
    }

    @Test
    void aUnanimousVoteCountsEveryMemberEntitledToVote() {
        VoteCount.Result r = VoteCount.count(new Declared(true, null, null, null, null, null), present, Set.of(a), chair);
        assertEquals(Outcome.UNANIMOUS, r.outcome());
        assertEquals(3, r.votesFor());
    }

    @Test
    void totalsCannotExceedThoseEntitledToVote() {
        assertEquals("votes-exceed-present", refusal(() -> VoteCount.count(counts(3, 1, 1), present, Set.of(), chair)));
    }

    @Test
    void aMemberWithADeclaredInterestDoesNotVote() {
        assertEquals("votes-exceed-present", refusal(() -> VoteCount.count(counts(3, 1, 0), present, Set.of(a), chair)));
        assertEquals("interested-member-voted", refusal(() -> VoteCount.count(new Declared(false, null, null, null,
                List.of(new MemberVote(a, Vote.FOR)), null), present, Set.of(a), chair)));
    }

    @Test
    void onlyMembersPresentVoteAndEachOnce() {
        assertEquals("voter-not-present", refusal(() -> VoteCount.count(new Declared(false, null, null, null,
                List.of(new MemberVote(UUID.randomUUID(), Vote.FOR)), null), present, Set.of(), chair)));
        assertEquals("duplicate-vote", refusal(() -> VoteCount.count(new Declared(false, null, null, null,
                List.of(new MemberVote(a, Vote.FOR), new MemberVote(a, Vote.AGAINST)), null), present, Set.of(), chair)));
    }

    @Test
    void countsMustAgreeWithPerMemberVotes() {
        assertEquals("votes-do-not-match-members", refusal(() -> VoteCount.count(new Declared(false, 2, 0, 0,
                List.of(new MemberVote(a, Vote.FOR), new MemberVote(b, Vote.AGAINST)), null), present, Set.of(), chair)));
        VoteCount.Result r = VoteCount.count(new Declared(false, null, null, null,
                List.of(new MemberVote(a, Vote.FOR), new MemberVote(b, Vote.FOR), new MemberVote(c, Vote.AGAINST)), null),
                present, Set.of(), chair);
        assertEquals(Outcome.CARRIED, r.outcome());
        assertEquals(2, r.votesFor());
    }

    @Test
    void onATieTheChairsCastingVoteDecides() {
        assertEquals("casting-vote-required", refusal(() -> VoteCount.count(counts(2, 2, 0), present, Set.of(), chair)));
        assertEquals(Outcome.CARRIED, VoteCount.count(new Declared(false, 2, 2, 0, List.of(), Vote.FOR), present, Set.of(), chair).outcome());
        assertEquals(Outcome.LOST, VoteCount.count(new Declared(false, 2, 2, 0, List.of(), Vote.AGAINST), present, Set.of(), chair).outcome());
        assertEquals("chair-cannot-cast", refusal(() -> VoteCount.count(new Declared(false, 1, 1, 0, List.of(), Vote.FOR),
                present, Set.of(chair), chair)));
        assertEquals("casting-vote-without-tie", refusal(() -> VoteCount.count(new Declared(false, 3, 1, 0, List.of(), Vote.FOR),
                present, Set.of(), chair)));
    }

    @Test
    void moreAgainstThanForIsLostAndUnanimousMeansNoDissent() {
        assertEquals(Outcome.LOST, VoteCount.count(counts(1, 2, 1), present, Set.of(), chair).outcome());
        assertEquals("unanimous-with-dissent", refusal(() -> VoteCount.count(new Declared(true, 3, 1, 0, List.of(), null),
                present, Set.of(), chair)));
        assertEquals("no-members-entitled-to-vote", refusal(() -> VoteCount.count(counts(0, 0, 0), Set.of(), Set.of(), null)));
    }
}
