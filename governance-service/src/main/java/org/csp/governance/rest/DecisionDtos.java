package org.csp.governance.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.csp.governance.domain.AgendaItem;
import org.csp.governance.domain.Body;
import org.csp.governance.domain.Decision;
import org.csp.governance.domain.DecisionAction;
import org.csp.governance.domain.DecisionKind;
import org.csp.governance.domain.DecisionStatus;
import org.csp.governance.domain.Outcome;
import org.csp.governance.domain.Referral;
import org.csp.governance.domain.Vote;
import org.csp.governance.rest.MeetingDtos.SubjectRef;
import org.csp.governance.rest.MeetingDtos.SubjectView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes for resolutions, votes and referrals. */
public final class DecisionDtos {
    private DecisionDtos() {
    }

    @Schema(name = "MemberVote", requiredProperties = {"councillorId", "vote"})
    public record MemberVoteEntry(@NotNull UUID councillorId, @NotNull @Schema(example = "FOR") Vote vote) {
    }

    @Schema(name = "Voting", description = "Unanimous, or the for / against / abstain counts, optionally per member; the chair's casting vote on a tie")
    public record Voting(
            @Schema(example = "true") boolean unanimous,
            @Min(0) @Max(1000) @Schema(example = "6") Integer votesFor,
            @Min(0) @Max(1000) @Schema(example = "3") Integer votesAgainst,
            @Min(0) @Max(1000) @Schema(example = "0") Integer abstentions,
            @Size(max = 200) List<@Valid @NotNull MemberVoteEntry> memberVotes,
            @Schema(description = "The chair's casting vote, only on a tie") Vote castingVote) {
    }

    @Schema(name = "RecordDecision", description = "The resolution on an item of a HELD meeting")
    public record RecordDecision(
            @NotBlank @Size(max = 10_000) @Schema(example = "That the priorities recommended by the 2019 Strategic Assessment be endorsed for adoption by the Safer Maidstone Partnership for inclusion within the Community Safety Plan for 2019-20.") String resolution,
            @NotNull @Valid Voting voting,
            @NotNull @Schema(example = "DECIDES") DecisionKind kind,
            @Schema(description = "With kind RECOMMENDS: the body that decides") UUID recommendedToBodyId,
            @Valid @Schema(description = "By default the item's subject") SubjectRef subject,
            @NotNull @Schema(example = "ENDORSE") DecisionAction action) {
    }

    @Schema(name = "Decision", requiredProperties = {"id", "meetingId", "itemId", "bodyId", "bodyName", "meetingDate", "minuteNumber", "resolution", "outcome", "votesFor", "votesAgainst", "abstentions", "castingVote", "castingChairId", "memberVotes", "kind", "recommendedToBodyId", "subject", "action", "urgent", "status", "exemptReason", "referralDeadline", "windowClosesAt", "effectiveAt", "referredAt", "referredTo", "referral", "recordedAt", "version"})
    public record DecisionView(UUID id, UUID meetingId, UUID itemId, UUID bodyId, String bodyName, LocalDate meetingDate,
            String minuteNumber, String resolution, Outcome outcome, int votesFor, int votesAgainst, int abstentions,
            @Schema(nullable = true) Vote castingVote,
            @Schema(description = "The chair who gave the casting vote (a councillor's id), stored with it", nullable = true) UUID castingChairId,
            List<MemberVoteEntry> memberVotes, DecisionKind kind,
            @Schema(nullable = true) UUID recommendedToBodyId, @Schema(nullable = true) SubjectView subject, DecisionAction action,
            boolean urgent, DecisionStatus status, @Schema(nullable = true) String exemptReason,
            @Schema(nullable = true) LocalDate referralDeadline, @Schema(nullable = true) Instant windowClosesAt,
            @Schema(nullable = true) Instant effectiveAt, @Schema(nullable = true) Instant referredAt,
            @Schema(nullable = true) String referredTo, @Schema(nullable = true) ReferralView referral, Instant recordedAt, long version) {
        public static DecisionView of(Decision d) {
            Body body = Body.findById(d.bodyId);
            AgendaItem item = AgendaItem.findById(d.itemId);
            Referral referral = Referral.find("decisionId", d.id).firstResult();
            return new DecisionView(d.id, d.meetingId, d.itemId, d.bodyId, body.name, d.meetingDate,
                    String.valueOf(item.minuteNumber), d.resolution, d.outcome, d.votesFor, d.votesAgainst, d.abstentions,
                    d.castingVote, d.castingChair(), d.memberVotes.stream().map(v -> new MemberVoteEntry(v.councillorId, v.vote)).toList(),
                    d.kind, d.recommendedToId, SubjectView.of(d.subjectType, d.subjectId), d.action, d.urgent, d.status,
                    d.exemptReason, d.referralDeadline, d.windowClosesAt, d.effectiveAt, d.referredAt, d.referredTo,
                    referral == null ? null : ReferralView.of(referral), d.recordedAt, d.version);
        }
    }

    @Schema(name = "SubmitReferral", description = "A Decision Referral Form: reasons and the councillors who signed it")
    public record SubmitReferral(
            @NotBlank @Size(max = 10_000) @Schema(example = "The committee did not consider the cost to the Council.") String reasons,
            @NotNull @Size(max = 100) @Schema(description = "Ids of the councillors who signed") List<@NotNull UUID> signatures) {
    }

    @Schema(name = "Referral", requiredProperties = {"id", "decisionId", "reasons", "referredTo", "submittedBy", "submittedAt", "signatures"})
    public record ReferralView(UUID id, UUID decisionId, String reasons, String referredTo, String submittedBy,
            Instant submittedAt, List<UUID> signatures) {
        public static ReferralView of(Referral r) {
            return new ReferralView(r.id, r.decisionId, r.reasons, r.referredTo, r.submittedBy, r.submittedAt, List.copyOf(r.signatures));
        }
    }
}
