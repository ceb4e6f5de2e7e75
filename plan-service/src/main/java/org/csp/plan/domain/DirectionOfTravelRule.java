package org.csp.plan.domain;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Direction of travel: compares the latest value with the one before it (the baseline for the first value).
 * A change within the steady tolerance (a percentage of the earlier value) is NO_CHANGE; otherwise the
 * polarity says whether up is IMPROVING or WORSENING.
 */
public final class DirectionOfTravelRule {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final IndicatorThresholds thresholds;

    public DirectionOfTravelRule(IndicatorThresholds thresholds) {
        this.thresholds = thresholds;
    }

    public DirectionOfTravel assess(Polarity polarity, BigDecimal previous, BigDecimal latest) {
        if (latest == null || previous == null) {
            return DirectionOfTravel.NOT_MEASURED;
        }
        BigDecimal change = latest.subtract(previous);
        if (change.signum() == 0) {
            return DirectionOfTravel.NO_CHANGE;
        }
        if (previous.signum() != 0) {
            BigDecimal percent = change.abs().multiply(HUNDRED).divide(previous.abs(), MathContext.DECIMAL64);
            if (percent.compareTo(thresholds.steadyTolerancePercent()) <= 0) {
                return DirectionOfTravel.NO_CHANGE;
            }
        }
        return change.signum() * polarity.sign() > 0 ? DirectionOfTravel.IMPROVING : DirectionOfTravel.WORSENING;
    }
}
