package org.csp.plan.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import org.csp.plan.domain.IndicatorThresholds;

/** plan-service settings ({@code csp.plan.*}). */
@ConfigMapping(prefix = "csp.plan")
public interface PlanConfig {

    Indicators indicators();

    interface Indicators {
        /** A value short of its target by at most this percentage of the target is AMBER (beyond it, RED). */
        @WithDefault("10")
        BigDecimal amberTolerancePercent();

        /** A change of at most this percentage of the earlier value counts as NO_CHANGE. */
        @WithDefault("1")
        BigDecimal steadyTolerancePercent();
    }

    default IndicatorThresholds thresholds() {
        return new IndicatorThresholds(indicators().amberTolerancePercent(), indicators().steadyTolerancePercent());
    }
}
