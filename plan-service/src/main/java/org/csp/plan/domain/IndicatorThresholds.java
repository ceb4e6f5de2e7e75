package org.csp.plan.domain;

import java.math.BigDecimal;

/**
 * The configurable thresholds of the indicator rules.
 *
 * @param amberTolerancePercent a value short of its target by at most this percentage of the target is AMBER
 * @param steadyTolerancePercent a change of at most this percentage of the earlier value is NO_CHANGE
 */
public record IndicatorThresholds(BigDecimal amberTolerancePercent, BigDecimal steadyTolerancePercent) {
    public static final IndicatorThresholds DEFAULTS = new IndicatorThresholds(BigDecimal.TEN, BigDecimal.ONE);
}
