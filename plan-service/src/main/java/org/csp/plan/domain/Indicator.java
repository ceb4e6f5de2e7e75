package org.csp.plan.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.csp.platform.problem.ApiException;

/** A measure of an action plan: unit, polarity, baseline, target and the periods it is reported for. */
@Entity
@Table(name = "indicator")
public class Indicator extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "action_plan_id", nullable = false)
    public UUID actionPlanId;
    @Column(nullable = false)
    public String name;
    @Column(nullable = false)
    public String unit;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Polarity polarity;
    @Column(nullable = false)
    public BigDecimal baseline;
    @Column(nullable = false)
    public BigDecimal target;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "indicator_period", joinColumns = @JoinColumn(name = "indicator_id"))
    @OrderColumn(name = "position")
    @Column(name = "period")
    public List<String> periods = new ArrayList<>();
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;

    public static Indicator require(UUID id) {
        Indicator indicator = id == null ? null : findById(id);
        if (indicator == null) {
            throw ApiException.notFound("indicator", id);
        }
        return indicator;
    }

    /** Rule: a value can be recorded only for one of the periods the indicator is reported for. */
    public void requireKnownPeriod(String period) {
        if (!periods.contains(period)) {
            throw ApiException.rule("unknown-indicator-period", "indicator " + id + " is not reported for period '"
                    + period + "'; its periods are " + periods).with("field", "period").with("knownPeriods", periods);
        }
    }
}
