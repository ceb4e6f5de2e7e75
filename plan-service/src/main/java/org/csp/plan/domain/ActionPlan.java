package org.csp.plan.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.csp.platform.problem.ApiException;

/** A theme's action plan for one financial year: the high-level outcome, its indicators and actions. */
@Entity
@Table(name = "action_plan")
public class ActionPlan extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "plan_id", nullable = false)
    public UUID planId;
    @Column(name = "theme_id", nullable = false)
    public UUID themeId;
    @Column(name = "financial_year", nullable = false)
    public String financialYear;
    @Column(nullable = false)
    public String outcome;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Version
    public long version;

    public static ActionPlan require(UUID id) {
        ActionPlan plan = id == null ? null : findById(id);
        if (plan == null) {
            throw ApiException.notFound("action plan", id);
        }
        return plan;
    }
}
