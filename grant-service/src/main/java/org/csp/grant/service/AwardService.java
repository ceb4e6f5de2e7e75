package org.csp.grant.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.MonthDay;
import java.util.Map;
import java.util.UUID;
import org.csp.grant.config.GrantConfig;
import org.csp.grant.domain.CalendarDates;
import org.csp.grant.domain.GrantAward;
import org.csp.grant.domain.Obligation;
import org.csp.grant.domain.TacticalDraw;
import org.csp.grant.messaging.GrantEvents;
import org.csp.grant.rest.AwardDtos.CreateAward;
import org.csp.grant.rest.AwardDtos.DrawRequest;
import org.csp.grant.rest.AwardDtos.ObligationInput;
import org.csp.grant.rest.AwardDtos.UpdateAward;
import org.csp.platform.audit.AuditTrail;
import org.csp.platform.events.DomainEvent;
import org.csp.platform.http.Etags;
import org.csp.platform.outbox.EventPublisher;
import org.csp.platform.persistence.UniqueKeys;
import org.csp.platform.problem.ApiException;
import org.csp.platform.security.CurrentActor;
import org.csp.platform.text.Names;
import org.csp.platform.time.FinancialYear;

/** Owns the transactions of awards and the tactical pot. Balances change only with the award row locked. */
@ApplicationScoped
public class AwardService {

    @Inject
    EventPublisher events;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    CurrentActor actor;
    @Inject
    GrantConfig config;

    @Transactional
    public GrantAward create(CreateAward request) {
        int startYear = FinancialYear.parse(request.financialYear(), "financialYear").startYear();
        if (startYear < 2000 || startYear > 2098) {
            throw ApiException.invalidField("financialYear", "must start between 2000 and 2098");
        }
        GrantAward.requirePotWithinAward(request.amountPence(), request.tacticalPotPence());
        String funder = Names.normalized(request.funder());
        String recipient = Names.normalized(request.recipient());
        String taken = funder + " already has an award to " + recipient + " for " + request.financialYear();
        if (GrantAward.count("lower(funder) = lower(?1) and lower(recipient) = lower(?2) and financialYear = ?3", funder, recipient,
                request.financialYear()) > 0) {
            throw ApiException.conflict("award-exists", taken);
        }
        GrantAward award = new GrantAward();
        award.id = UUID.randomUUID();
        award.funder = funder;
        award.recipient = recipient;
        award.areaCode = request.areaCode();
        award.financialYear = request.financialYear();
        award.amountPence = request.amountPence();
        award.tacticalPotPence = request.tacticalPotPence();
        award.conditions = request.conditions();
        award.createdAt = clock.instant();
        award.createdBy = actor.get().subject();
        for (GrantConfig.ObligationRule rule : config.defaultObligations()) {
            MonthDay due = MonthDay.parse("--" + rule.due());
            award.obligations.add(Obligation.of(rule.code(), rule.description(), due.atYear(startYear + rule.yearOffset())));
        }
        if (request.additionalObligations() != null) {
            for (ObligationInput o : request.additionalObligations()) {
                CalendarDates.requirePlausible("additionalObligations.dueDate", o.dueDate());
                award.obligations.add(Obligation.of(o.code(), o.description(), o.dueDate()));
            }
        }
        UniqueKeys.persistOrConflict(award, "award-exists", taken);
        events.publish(DomainEvent.of(GrantEvents.AWARD, award.id, GrantEvents.AWARD_CREATED,
                new GrantEvents.AwardCreatedV1(award.id, award.funder, award.recipient, award.areaCode, award.financialYear,
                        award.amountPence, award.tacticalPotPence, award.obligations.stream()
                        .map(o -> new GrantEvents.ObligationV1(o.code, o.description, o.dueDate)).toList())));
        audit.record(GrantEvents.AWARD, award.id, "award.created", request);
        return award;
    }

    public GrantAward get(UUID id) {
        GrantAward award = GrantAward.findById(id);
        if (award == null) {
            throw ApiException.notFound("award", id);
        }
        return award;
    }

    /** Reads the award and locks its row until the transaction ends: the first read of it in the transaction. */
    GrantAward lock(UUID id) {
        GrantAward award = GrantAward.<GrantAward>find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (award == null) {
            throw ApiException.notFound("award", id);
        }
        return award;
    }

    /** Awards, newest year first; of one financial year (two consecutive years, else 400) and of one area when they are given. */
    public PanacheQuery<GrantAward> list(String financialYear, String areaCode) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (financialYear != null) {
            FinancialYear.parse(financialYear, "year");
            where.append(" and financialYear = :year");
            params.and("year", financialYear);
        }
        if (areaCode != null) {
            where.append(" and areaCode = :area");
            params.and("area", areaCode);
        }
        return GrantAward.find(where + " order by financialYear desc, funder, id", params);
    }

    @Transactional
    public GrantAward update(UUID id, String ifMatch, UpdateAward request) {
        GrantAward award = lock(id);
        Etags.requireMatch(ifMatch, award.version);
        award.resize(request.amountPence(), request.tacticalPotPence());
        award.conditions = request.conditions();
        audit.record(GrantEvents.AWARD, award.id, "award.updated", request);
        return award;
    }

    /** A draw from the tactical pot, refused (422 with the figures) when it would overspend the pot. */
    @Transactional
    public DrawResult draw(UUID awardId, DrawRequest request) {
        GrantAward award = lock(awardId);
        award.draw(request.amountPence());
        TacticalDraw draw = new TacticalDraw();
        draw.id = UUID.randomUUID();
        draw.awardId = award.id;
        draw.amountPence = request.amountPence();
        draw.reason = request.reason();
        draw.approvedBy = request.approvedBy();
        draw.drawnAt = clock.instant();
        draw.drawnBy = actor.get().subject();
        draw.persist();
        long remaining = award.tacticalPotRemainingPence();
        events.publish(DomainEvent.of(GrantEvents.AWARD, award.id, GrantEvents.TACTICAL_POT_DRAWN,
                new GrantEvents.TacticalPotDrawnV1(award.id, draw.id, draw.amountPence, remaining, draw.reason, draw.approvedBy)));
        audit.record(GrantEvents.AWARD, award.id, "tactical-pot.drawn",
                Map.of("drawId", draw.id, "amountPence", draw.amountPence, "remainingPence", remaining,
                        "reason", draw.reason, "approvedBy", draw.approvedBy));
        return new DrawResult(draw, remaining);
    }

    public record DrawResult(TacticalDraw draw, long remainingPence) {
    }

    /** One draw from the award's tactical pot; 404 when it is not that award's. */
    public TacticalDraw getDraw(UUID awardId, UUID drawId) {
        get(awardId);
        TacticalDraw draw = TacticalDraw.find("id = ?1 and awardId = ?2", drawId, awardId).firstResult();
        if (draw == null) {
            throw ApiException.notFound("tactical draw", drawId);
        }
        return draw;
    }

    public PanacheQuery<TacticalDraw> draws(UUID awardId) {
        get(awardId);
        return TacticalDraw.find("awardId = ?1 order by drawnAt, id", awardId);
    }

}
