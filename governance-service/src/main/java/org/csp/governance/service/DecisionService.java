package org.csp.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.csp.governance.config.GovernanceConfig;
import org.csp.governance.domain.AgendaItem;
import org.csp.governance.domain.Body;
import org.csp.governance.domain.Councillor;
import org.csp.governance.domain.Decision;
import org.csp.governance.domain.DecisionKind;
import org.csp.governance.domain.DecisionStatus;
import org.csp.governance.domain.Meeting;
import org.csp.governance.domain.MemberVoteRecord;
import org.csp.governance.domain.Outcome;
import org.csp.governance.domain.Referral;
import org.csp.governance.domain.ReferralCheck;
import org.csp.governance.domain.ReferralRule;
import org.csp.governance.domain.SubjectTypes;
import org.csp.governance.domain.VoteCount;
import org.csp.governance.messaging.GovernanceEvents;
import org.csp.governance.messaging.GovernanceEvents.DecisionEventV1;
import org.csp.governance.rest.DecisionDtos.RecordDecision;
import org.csp.governance.rest.DecisionDtos.SubmitReferral;
import org.csp.platform.audit.AuditTrail;
import org.csp.platform.events.DomainEvent;
import org.csp.platform.events.EventType;
import org.csp.platform.outbox.EventPublisher;
import org.csp.platform.problem.ApiException;
import org.csp.platform.security.CurrentActor;
import org.jboss.logging.Logger;

/** Records resolutions, runs their referral windows and publishes when they are recorded, effective or referred. */
@ApplicationScoped
public class DecisionService {

    private static final Logger LOG = Logger.getLogger(DecisionService.class);

    @Inject
    AuditTrail audit;
    @Inject
    EventPublisher events;
    @Inject
    Clock clock;
    @Inject
    GovernanceConfig config;
    @Inject
    CurrentActor actor;

    @Transactional
    public Decision record(UUID meetingId, UUID itemId, RecordDecision request) {
        Meeting meeting = Meeting.require(meetingId);
        AgendaItem.require(meetingId, itemId);
        // one resolution per item, however many requests arrive at once
        AgendaItem item = AgendaItem.findById(itemId, LockModeType.PESSIMISTIC_WRITE);
        meeting.requireMinutesEditable();
        meeting.requireHeld("decisions");
        if (Decision.count("itemId", item.id) > 0) {
            throw ApiException.conflict("decision-exists", "minute " + item.minuteNumber + " already has a resolution");
        }
        if (request.kind() == DecisionKind.RECOMMENDS) {
            if (request.recommendedToBodyId() == null) {
                throw ApiException.invalidField("recommendedToBodyId", "a recommendation names the body that decides");
            }
            if (Body.findById(request.recommendedToBodyId()) == null) {
                throw Body.unknown(request.recommendedToBodyId());
            }
        } else if (request.recommendedToBodyId() != null) {
            throw ApiException.invalidField("recommendedToBodyId", "only a recommendation names another body");
        }
        String subjectType = request.subject() != null ? request.subject().type()
                : item.subjectType != null ? item.subjectType : SubjectTypes.OTHER;
        UUID subjectId = request.subject() != null ? request.subject().id() : item.subjectId;
        if (!SubjectTypes.OTHER.equals(subjectType) && subjectId == null) {
            throw ApiException.invalidField("subject.id", "a decision about a " + subjectType + " names its id");
        }
        Body deciding = Body.findById(meeting.bodyId);
        Decision.checkKindAndAction(request.kind(), request.action(), deciding.id, deciding.kind, request.recommendedToBodyId(), subjectType);
        Set<UUID> interested = item.interestedCouncillors();
        var v = request.voting();
        VoteCount.Result result = VoteCount.count(new VoteCount.Declared(v.unanimous(), v.votesFor(), v.votesAgainst(),
                        v.abstentions(), v.memberVotes() == null ? List.of()
                                : v.memberVotes().stream().map(e -> new VoteCount.MemberVote(e.councillorId(), e.vote())).toList(),
                        v.castingVote()),
                meeting.votingMembers(), interested, meeting.chairId);

        Decision d = new Decision();
        d.id = UUID.randomUUID();
        d.itemId = item.id;
        d.meetingId = meeting.id;
        d.bodyId = meeting.bodyId;
        d.meetingDate = meeting.date;
        d.resolution = request.resolution();
        d.outcome = result.outcome();
        d.votesFor = result.votesFor();
        d.votesAgainst = result.votesAgainst();
        d.abstentions = result.abstentions();
        d.castingVote = result.castingVote();
        d.castingChairId = result.castingChairId();
        d.kind = request.kind();
        d.recommendedToId = request.recommendedToBodyId();
        d.subjectType = subjectType;
        d.subjectId = subjectId;
        d.action = request.action();
        d.urgent = item.urgent;
        d.recordedAt = clock.instant();
        if (v.memberVotes() != null) {
            for (var mv : v.memberVotes()) {
                MemberVoteRecord r = new MemberVoteRecord();
                r.id = UUID.randomUUID();
                r.decision = d;
                r.councillorId = mv.councillorId();
                r.vote = mv.vote();
                d.memberVotes.add(r);
            }
        }
        if (result.outcome() == Outcome.LOST) {
            d.status = DecisionStatus.LOST;
            d.persist();
            audit.record("decision", d.id, "decision.lost", request);
            return d;
        }
        ReferralRule rule = config.referralRule();
        Optional<String> exemption = rule.exemption(d.urgent, d.kind, deciding.kind);
        if (exemption.isPresent()) {
            d.exemptReason = exemption.get();
            d.status = DecisionStatus.EFFECTIVE;
            d.effectiveAt = d.recordedAt;
        } else {
            openWindow(d, rule, meeting.minutesPublishedOn);
        }
        d.persist();
        audit.record("decision", d.id, "decision.recorded", request);
        publish(d, GovernanceEvents.DECISION_RECORDED);
        if (d.status == DecisionStatus.EFFECTIVE) {
            publish(d, GovernanceEvents.DECISION_EFFECTIVE);
        }
        return d;
    }

    private void openWindow(Decision d, ReferralRule rule, LocalDate minutesPublishedOn) {
        Optional<LocalDate> deadline = rule.deadline(d.meetingDate, minutesPublishedOn);
        if (deadline.isEmpty()) {
            d.status = DecisionStatus.AWAITING_MINUTES;
            return;
        }
        d.status = DecisionStatus.OPEN;
        d.referralDeadline = deadline.get();
        if (!rule.calendar().covers(d.referralDeadline)) {
            LOG.warnf("the referral deadline %s of decision %s is after the last year of governance.calendar.bank-holidays (%s): "
                    + "it skips weekends only; extend the list", d.referralDeadline, d.id,
                    rule.calendar().lastYear().map(Object::toString).orElse("none configured"));
        }
        d.windowClosesAt = d.referralDeadline.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    }

    /** Windows counted from publication of the minutes open now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void minutesPublished(Meeting meeting) {
        ReferralRule rule = config.referralRule();
        List<Decision> waiting = Decision.list("meetingId = ?1 and status = ?2", meeting.id, DecisionStatus.AWAITING_MINUTES);
        for (Decision d : waiting) {
            openWindow(d, rule, meeting.minutesPublishedOn);
        }
    }

    /**
     * A valid Decision Referral Form sends the decision to the referral body; it will not take effect. The
     * decision row is locked so the window cannot close while the form is being checked.
     */
    @Transactional
    public Referral refer(UUID decisionId, SubmitReferral request) {
        Decision d = Decision.findById(decisionId, LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            throw ApiException.notFound("decision", decisionId);
        }
        ReferralRule rule = config.referralRule();
        LocalDate today = LocalDate.now(clock);
        if (d.referralDeadline != null && today.isAfter(d.referralDeadline)) {
            ReferralCheck.requireInTime(today, d.referralDeadline);
        }
        d.requireOpenForReferral();
        ReferralCheck.check(today, d.referralDeadline, request.signatures(), rule.requiredSignatures(),
                id -> Councillor.findById(id));
        Instant now = clock.instant();
        Referral r = new Referral();
        r.id = UUID.randomUUID();
        r.decisionId = d.id;
        r.reasons = request.reasons();
        r.referredTo = rule.referralBody();
        r.submittedBy = actor.get().subject();
        r.submittedAt = now;
        r.signatures.addAll(request.signatures());
        r.persist();
        d.status = DecisionStatus.REFERRED;
        d.referredAt = now;
        d.referredTo = rule.referralBody();
        audit.record("decision", d.id, "decision.referred", request);
        publish(d, GovernanceEvents.DECISION_REFERRED);
        return r;
    }

    /**
     * Closes every referral window that has passed, exactly once across replicas: the rows are claimed with
     * an atomic UPDATE over {@code FOR UPDATE SKIP LOCKED}, so two replicas never claim the same decision,
     * and a decision whose referral is being submitted (row locked) is left for the next run. A decision takes effect when its
     * window closed, or when it was recorded if that was later (a decision entered after its deadline): never before it existed.
     *
     * @return how many decisions took effect
     */
    @Transactional
    public int closeDueWindows() {
        @SuppressWarnings("unchecked")
        List<Object> claimed = Decision.getEntityManager().createNativeQuery("""
                UPDATE decision SET status = 'EFFECTIVE', effective_at = GREATEST(window_closes_at, recorded_at), version = version + 1
                WHERE id IN (SELECT id FROM decision WHERE status = 'OPEN' AND window_closes_at <= :now
                             ORDER BY window_closes_at LIMIT 100 FOR UPDATE SKIP LOCKED)
                RETURNING id""").setParameter("now", clock.instant()).getResultList();
        for (Object id : claimed) {
            Decision d = Decision.findById(id instanceof UUID u ? u : UUID.fromString(String.valueOf(id)));
            audit.record("decision", d.id, "decision.effective", java.util.Map.of("effectiveAt", String.valueOf(d.effectiveAt)));
            publish(d, GovernanceEvents.DECISION_EFFECTIVE);
        }
        return claimed.size();
    }

    /**
     * Records the decision's event in the outbox, keyed by its subject's id (the decision's own id when it names no
     * resource): every decision about one plan or bid goes to one partition, so a consumer reads a RECOMMEND before the
     * ADOPT that follows it. The event's {@code ce_subject} stays {@code decision/<id>}.
     */
    private void publish(Decision d, EventType type) {
        Body body = Body.findById(d.bodyId);
        AgendaItem item = AgendaItem.findById(d.itemId);
        events.publish(DomainEvent.of(GovernanceEvents.AGGREGATE, d.id, type, new DecisionEventV1(d.id, d.meetingId,
                d.meetingDate, body.name, String.valueOf(item.minuteNumber), d.resolution, d.outcome.name(),
                new GovernanceEvents.Subject(d.subjectType, d.subjectId), d.action.name(), d.referralDeadline,
                type == GovernanceEvents.DECISION_EFFECTIVE ? d.effectiveAt : null,
                type == GovernanceEvents.DECISION_REFERRED ? d.referredTo : null))
                .keyedBy(d.subjectId != null ? d.subjectId : d.id));
    }
}
