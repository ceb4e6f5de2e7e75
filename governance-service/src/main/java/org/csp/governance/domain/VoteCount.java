package org.csp.governance.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.csp.platform.problem.ApiException;

/**
 * Checks a vote against who was present and entitled to vote, and works out the outcome: totals cannot
 * exceed those entitled, a member with a declared interest does not vote, and on a tie the chair has a
 * casting vote.
 */
public final class VoteCount {

    public record MemberVote(UUID councillorId, Vote vote) {
    }

    /** What was said about the vote. Counts may be null when per-member votes are given instead. */
    public record Declared(boolean unanimous, Integer votesFor, Integer votesAgainst, Integer abstentions,
            List<MemberVote> memberVotes, Vote castingVote) {
    }

    /** The outcome; {@code castingChairId} is the chair who gave the casting vote, when one decided it. */
    public record Result(Outcome outcome, int votesFor, int votesAgainst, int abstentions, Vote castingVote, UUID castingChairId) {
    }

    private VoteCount() {
    }

    /**
     * @param present councillors present and voting members (members present and substitutes)
     * @param interested councillors who declared an interest in the item
     * @param chairId the chair who has the casting vote: the meeting's chair, or, counting a recorded decision again, the
     *                chair who gave its casting vote; or null
     */
    public static Result count(Declared d, Set<UUID> present, Set<UUID> interested, UUID chairId) {
        Set<UUID> entitled = new HashSet<>(present);
        entitled.removeAll(interested);
        List<MemberVote> members = d.memberVotes() == null ? List.of() : d.memberVotes();
        Set<UUID> voted = new HashSet<>();
        int mFor = 0;
        int mAgainst = 0;
        int mAbstain = 0;
        for (MemberVote mv : members) {
            if (!voted.add(mv.councillorId())) {
                throw ApiException.rule("duplicate-vote", "councillor " + mv.councillorId() + " is recorded as voting twice")
                        .with("councillorId", mv.councillorId());
            }
            if (interested.contains(mv.councillorId())) {
                throw ApiException.rule("interested-member-voted", "councillor " + mv.councillorId()
                        + " declared an interest in this item and may not vote").with("councillorId", mv.councillorId());
            }
            if (!present.contains(mv.councillorId())) {
                throw ApiException.rule("voter-not-present", "councillor " + mv.councillorId()
                        + " was not present as a voting member of this meeting").with("councillorId", mv.councillorId());
            }
            switch (mv.vote()) {
                case FOR -> mFor++;
                case AGAINST -> mAgainst++;
                case ABSTAIN -> mAbstain++;
            }
        }
        if (entitled.isEmpty()) {
            throw ApiException.rule("no-members-entitled-to-vote",
                    "no voting member without a declared interest was present; record the attendance first")
                    .with("present", present.size()).with("interested", interested.size());
        }
        int votesFor;
        int against;
        int abstain;
        if (d.votesFor() == null && d.votesAgainst() == null && d.abstentions() == null && !members.isEmpty()) {
            votesFor = mFor;
            against = mAgainst;
            abstain = mAbstain;
        } else if (d.unanimous() && d.votesFor() == null && d.votesAgainst() == null && d.abstentions() == null) {
            votesFor = entitled.size();
            against = 0;
            abstain = 0;
        } else {
            if (d.votesFor() == null || d.votesAgainst() == null) {
                throw ApiException.rule("votes-missing",
                        "give the for and against counts (and abstentions), per-member votes, or unanimous");
            }
            votesFor = d.votesFor();
            against = d.votesAgainst();
            abstain = d.abstentions() == null ? 0 : d.abstentions();
            if (!members.isEmpty() && (votesFor != mFor || against != mAgainst || abstain != mAbstain)) {
                throw ApiException.rule("votes-do-not-match-members", "the counts " + votesFor + "/" + against + "/"
                        + abstain + " do not agree with the per-member votes " + mFor + "/" + mAgainst + "/" + mAbstain)
                        .with("memberVotesFor", mFor).with("memberVotesAgainst", mAgainst).with("memberAbstentions", mAbstain);
            }
        }
        if (votesFor < 0 || against < 0 || abstain < 0) {
            throw ApiException.rule("votes-negative", "vote counts cannot be negative");
        }
        int total = votesFor + against + abstain;
        if (total > entitled.size()) {
            throw ApiException.rule("votes-exceed-present", total + " votes were recorded but only " + entitled.size()
                    + " members present were entitled to vote (" + present.size() + " present, "
                    + interested.size() + " with a declared interest)")
                    .with("votesCast", total).with("entitledToVote", entitled.size())
                    .with("present", present.size()).with("declaredInterests", interested.size());
        }
        if (d.unanimous()) {
            if (against > 0 || abstain > 0 || votesFor == 0) {
                throw ApiException.rule("unanimous-with-dissent", "a unanimous vote has votes for and none against or abstaining")
                        .with("votesFor", votesFor).with("votesAgainst", against).with("abstentions", abstain);
            }
            if (d.castingVote() != null) {
                throw ApiException.rule("casting-vote-without-tie", "a unanimous vote needs no casting vote");
            }
            return new Result(Outcome.UNANIMOUS, votesFor, 0, 0, null, null);
        }
        boolean tie = votesFor == against && votesFor > 0;
        if (!tie) {
            if (d.castingVote() != null) {
                throw ApiException.rule("casting-vote-without-tie", "the chair's casting vote is only used on a tie; the vote was "
                        + votesFor + " for and " + against + " against");
            }
            return new Result(votesFor > against ? Outcome.CARRIED : Outcome.LOST, votesFor, against, abstain, null, null);
        }
        if (d.castingVote() == null || d.castingVote() == Vote.ABSTAIN) {
            throw ApiException.rule("casting-vote-required", "the vote is tied at " + votesFor + " each; record the chair's casting vote (FOR or AGAINST)")
                    .with("votesFor", votesFor).with("votesAgainst", against);
        }
        if (chairId == null || !entitled.contains(chairId)) {
            throw ApiException.rule("chair-cannot-cast", "the casting vote belongs to the chair, who must be present and have no declared interest");
        }
        return new Result(d.castingVote() == Vote.FOR ? Outcome.CARRIED : Outcome.LOST, votesFor, against, abstain, d.castingVote(),
                chairId);
    }
}
