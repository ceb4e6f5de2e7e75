package org.csp.governance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.csp.platform.problem.ApiException;

/**
 * A resolution passed at a meeting: what was resolved, how the vote went, what it is about, and where it
 * is on its way to taking effect (its referral window).
 */
@Entity
@Table(name = "decision")
public class Decision extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "item_id", nullable = false)
    public UUID itemId;
    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;
    @Column(name = "body_id", nullable = false)
    public UUID bodyId;
    @Column(name = "meeting_date", nullable = false)
    public LocalDate meetingDate;
    @Column(nullable = false)
    public String resolution;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;
    @Column(name = "votes_for", nullable = false)
    public int votesFor;
    @Column(name = "votes_against", nullable = false)
    public int votesAgainst;
    @Column(nullable = false)
    public int abstentions;
    @Enumerated(EnumType.STRING)
    @Column(name = "casting_vote")
    public Vote castingVote;
    /** The chair who gave the casting vote, stored with it (null without one); see {@link #castingChair()}. */
    @Column(name = "casting_chair_id")
    public UUID castingChairId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DecisionKind kind;
    @Column(name = "recommended_to_id")
    public UUID recommendedToId;
    @Column(name = "subject_type", nullable = false)
    public String subjectType;
    @Column(name = "subject_id")
    public UUID subjectId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DecisionAction action;
    @Column(nullable = false)
    public boolean urgent;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DecisionStatus status;
    @Column(name = "exempt_reason")
    public String exemptReason;
    @Column(name = "referral_deadline")
    public LocalDate referralDeadline;
    @Column(name = "window_closes_at")
    public Instant windowClosesAt;
    @Column(name = "effective_at")
    public Instant effectiveAt;
    @Column(name = "referred_at")
    public Instant referredAt;
    @Column(name = "referred_to")
    public String referredTo;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
    @Version
    public long version;
    @OneToMany(mappedBy = "decision", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("id")
    public List<MemberVoteRecord> memberVotes = new ArrayList<>();

    /**
     * What a decision may be. A body recommends to another body, never to itself, and a recommendation carries the action
     * RECOMMEND: it takes effect at once (exempt from referral) and its subject's service acts on its action, so a final action
     * (ADOPT, APPROVE, ENDORSE...) is the deciding body's to take, and RECOMMEND is never a deciding body's action (a decision that
     * recommends would move the subject on, a plan to RECOMMENDED, without saying to whom). Full Council alone adopts a Community Safety Plan (the Local
     * Government (Functions and Responsibilities) (England) Regulations 2000); a committee recommends it.
     */
    public static void checkKindAndAction(DecisionKind kind, DecisionAction action, UUID decidingBodyId, BodyKind decidingBodyKind,
            UUID recommendedToBodyId, String subjectType) {
        if (kind == DecisionKind.RECOMMENDS && decidingBodyId.equals(recommendedToBodyId)) {
            throw ApiException.rule("recommendation-to-own-body", "a body recommends to another body; recommendedToBodyId is the deciding body itself")
                    .with("recommendedToBodyId", recommendedToBodyId);
        }
        if (kind == DecisionKind.RECOMMENDS && action != DecisionAction.RECOMMEND) {
            throw ApiException.rule("recommendation-action", "a recommendation carries the action RECOMMEND; " + action
                    + " is for the body it recommends to").with("action", action.name()).with("allowedActions", List.of(DecisionAction.RECOMMEND.name()));
        }
        if (kind == DecisionKind.DECIDES && action == DecisionAction.RECOMMEND) {
            throw ApiException.rule("decision-action", "a body that decides takes a final action; RECOMMEND is for a recommendation "
                    + "(kind RECOMMENDS, naming recommendedToBodyId)").with("action", action.name())
                    .with("allowedActions", java.util.Arrays.stream(DecisionAction.values()).filter(a -> a != DecisionAction.RECOMMEND)
                            .map(Enum::name).toList());
        }
        if (action == DecisionAction.ADOPT && SubjectTypes.PLAN.equals(subjectType) && decidingBodyKind != BodyKind.COUNCIL) {
            throw ApiException.rule("plan-adopted-by-council", "a Community Safety Plan is adopted by full Council; a " + decidingBodyKind
                    + " recommends it (kind RECOMMENDS, action RECOMMEND)").with("action", action.name()).with("bodyKind", decidingBodyKind.name());
        }
    }

    /**
     * A recorded vote must still add up when the declared interests it was counted against change: the same counts, member
     * votes and casting vote are counted again against the new ones, the casting vote as the chair's who gave it
     * ({@link #castingChair()}), and any rule they now break refuses the change (409 {@code contradicts-recorded-decision},
     * with the rule broken in {@code rule} and its figures).
     */
    public void requireConsistentWith(Set<UUID> votingMembers, Set<UUID> interested, int minuteNumber) {
        try {
            VoteCount.count(new VoteCount.Declared(outcome == Outcome.UNANIMOUS, votesFor, votesAgainst, abstentions,
                    memberVotes.stream().map(v -> new VoteCount.MemberVote(v.councillorId, v.vote)).toList(), castingVote),
                    votingMembers, interested, castingChair());
        } catch (ApiException broken) {
            ApiException refusal = ApiException.conflict("contradicts-recorded-decision", "the decision recorded at minute " + minuteNumber
                    + " would no longer add up: " + broken.getMessage() + "; correct the decision's record first")
                    .with("rule", broken.type()).with("minuteNumber", minuteNumber).with("decisionId", id);
            broken.extensions().forEach(refusal::with);
            throw refusal;
        }
    }

    /**
     * As above when the attendance changes, and with it perhaps the meeting's chair: a casting vote was given by the chair
     * stored with it, so once one is recorded the meeting keeps that chair (rule {@code casting-vote-chair-changed}, with
     * {@code castingChairId} and the {@code chairId} asked for); without one the chair may be corrected as long as the vote
     * still adds up.
     */
    public void requireConsistentWith(Set<UUID> votingMembers, Set<UUID> interested, UUID chairId, int minuteNumber) {
        UUID castingChair = castingChair();
        if (castingVote != null && !java.util.Objects.equals(castingChair, chairId)) {
            throw ApiException.conflict("contradicts-recorded-decision", "the decision recorded at minute " + minuteNumber
                    + " was carried or lost on the casting vote of the chair recorded then; the meeting keeps that chair")
                    .with("rule", "casting-vote-chair-changed").with("minuteNumber", minuteNumber).with("decisionId", id)
                    .with("castingChairId", castingChair).with("chairId", chairId);
        }
        requireConsistentWith(votingMembers, interested, minuteNumber);
    }

    /**
     * Who gave the casting vote, or null without one: the chair stored with it. A decision recorded by the release before
     * this column, while a rolling upgrade runs both (the migration fills in those recorded earlier), has none stored:
     * its casting vote was its meeting's chair's, who cannot change once one is recorded.
     */
    public UUID castingChair() {
        if (castingVote == null || castingChairId != null) {
            return castingChairId;
        }
        Meeting meeting = Meeting.findById(meetingId);
        return meeting == null ? null : meeting.chairId;
    }

    /**
     * Whether its item was urgent decided whether the decision was exempt from referral (and the minutes list it under Urgent
     * Items), so once the decision is recorded the item keeps it (409 {@code contradicts-recorded-decision}, rule
     * {@code urgency-decided}).
     */
    public void requireSameUrgency(boolean itemUrgent, int minuteNumber) {
        if (itemUrgent != urgent) {
            throw ApiException.conflict("contradicts-recorded-decision", "the decision recorded at minute " + minuteNumber + " was taken on "
                    + (urgent ? "an urgent" : "a non-urgent") + " item, which decided whether it could be referred; the item stays "
                    + (urgent ? "urgent" : "non-urgent")).with("rule", "urgency-decided").with("minuteNumber", minuteNumber)
                    .with("decisionId", id).with("urgent", urgent);
        }
    }

    /** Only a decision whose referral window is open can be referred. */
    public void requireOpenForReferral() {
        if (status != DecisionStatus.OPEN) {
            throw ApiException.conflict("decision-not-open-for-referral", "decision " + id + " is " + status
                    + (exemptReason != null ? " (" + exemptReason + ")" : "") + "; only a decision in its referral window can be referred")
                    .with("status", status.name());
        }
    }

    public static Decision require(UUID id) {
        Decision d = findById(id);
        if (d == null) {
            throw ApiException.notFound("decision", id);
        }
        return d;
    }
}
