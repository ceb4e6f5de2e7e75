package org.csp.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csp.plan.config.PlanConfig;
import org.csp.plan.domain.ActionPlan;
import org.csp.plan.domain.CommunitySafetyPlan;
import org.csp.plan.domain.DirectionOfTravelRule;
import org.csp.plan.domain.Indicator;
import org.csp.plan.domain.IndicatorValue;
import org.csp.plan.domain.RagRule;
import org.csp.plan.domain.RagStatus;
import org.csp.plan.rest.ActionDtos.CreateIndicator;
import org.csp.plan.rest.ActionDtos.IndicatorView;
import org.csp.plan.rest.ActionDtos.RecordValue;
import org.csp.plan.rest.ActionDtos.ValueView;
import org.csp.platform.audit.AuditTrail;
import org.csp.platform.http.Etags;
import org.csp.platform.paging.Page;
import org.csp.platform.paging.PageRequest;
import org.csp.platform.persistence.UniqueKeys;
import org.csp.platform.problem.ApiException;
import org.csp.platform.security.CurrentActor;

/** Indicators of action plans, their values per period, and the RAG and direction of travel they show. */
@ApplicationScoped
public class IndicatorService {

    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    PlanConfig config;
    @Inject
    CurrentActor actor;

    @Transactional
    public Indicator create(UUID actionPlanId, CreateIndicator request) {
        ActionPlan actionPlan = ActionPlan.require(actionPlanId);
        ActionPlanService.requireActive(CommunitySafetyPlan.require(actionPlan.planId));
        if (new HashSet<>(request.periods()).size() != request.periods().size()) {
            throw ApiException.invalidField("periods", "each period may appear once");
        }
        Indicator indicator = new Indicator();
        indicator.id = UUID.randomUUID();
        indicator.actionPlanId = actionPlanId;
        indicator.name = request.name();
        indicator.unit = request.unit();
        indicator.polarity = request.polarity();
        indicator.baseline = request.baseline();
        indicator.target = request.target();
        indicator.periods.addAll(request.periods());
        indicator.updatedAt = clock.instant();
        indicator.persist();
        audit.record("indicator", indicator.id, "indicator.created", request);
        return indicator;
    }

    @Transactional
    public Indicator recordValue(UUID id, String period, String ifMatch, RecordValue request) {
        Indicator indicator = Indicator.require(id);
        Etags.requireMatch(ifMatch, indicator.version);
        ActionPlanService.requireActive(CommunitySafetyPlan.require(ActionPlan.require(indicator.actionPlanId).planId));
        indicator.requireKnownPeriod(period);
        IndicatorValue value = IndicatorValue.find("indicatorId = ?1 and period = ?2", id, period).firstResult();
        if (value == null) {
            value = new IndicatorValue();
            value.id = UUID.randomUUID();
            value.indicatorId = id;
            value.period = period;
        }
        value.value = request.value();
        value.note = request.note();
        value.recordedBy = actor.get().subject();
        value.recordedAt = clock.instant();
        // Two first recordings of one period at once: the loser is told to re-read, as for any concurrent change.
        UniqueKeys.persistOrConflict(value, "concurrent-modification", "a value for " + period
                + " was recorded by another request at the same time; re-read the indicator and retry");
        indicator.updatedAt = value.recordedAt;
        audit.record("indicator", indicator.id, "indicator.value-recorded", Map.of("period", period, "value", request.value()));
        Indicator.getEntityManager().flush();
        return indicator;
    }

    public IndicatorView view(Indicator indicator) {
        Map<String, IndicatorValue> byPeriod = new HashMap<>();
        IndicatorValue.<IndicatorValue>list("indicatorId", indicator.id).forEach(v -> byPeriod.put(v.period, v));
        List<ValueView> values = new ArrayList<>();
        for (String period : indicator.periods) {
            IndicatorValue v = byPeriod.get(period);
            if (v != null) {
                values.add(new ValueView(v.period, v.value, v.note, v.recordedBy, v.recordedAt));
            }
        }
        BigDecimal latest = values.isEmpty() ? null : values.get(values.size() - 1).value();
        BigDecimal previous = values.isEmpty() ? null
                : values.size() == 1 ? indicator.baseline : values.get(values.size() - 2).value();
        RagStatus rag = new RagRule(config.thresholds()).assess(indicator.polarity, indicator.baseline, indicator.target, latest);
        return new IndicatorView(indicator.id, indicator.actionPlanId, indicator.name, indicator.unit, indicator.polarity,
                indicator.baseline, indicator.target, List.copyOf(indicator.periods), values,
                values.isEmpty() ? null : values.get(values.size() - 1).period(), latest, rag,
                new DirectionOfTravelRule(config.thresholds()).assess(indicator.polarity, previous, latest), indicator.version);
    }

    public Page<IndicatorView> list(UUID actionPlanId, RagStatus rag, PageRequest paging) {
        if (rag == null) {
            return actionPlanId == null ? Page.of(Indicator.find("order by name, id"), paging, this::view)
                    : Page.of(Indicator.find("actionPlanId = ?1 order by name, id", actionPlanId), paging, this::view);
        }
        List<Indicator> indicators = actionPlanId == null ? Indicator.list("order by name, id")
                : Indicator.list("actionPlanId = ?1 order by name, id", actionPlanId);
        List<IndicatorView> views = indicators.stream().map(this::view).filter(v -> rag == null || v.rag() == rag).toList();
        return Page.ofAll(views, paging);
    }
}
