package org.csp.plan.domain;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * RAG of an indicator: GREEN when the latest value meets or beats the target (in the indicator's polarity);
 * AMBER when it falls short by no more than the amber tolerance (a percentage of the target, or of the
 * baseline when the target is zero); RED otherwise; NOT_MEASURED without a value.
 */
public final class RagRule {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final IndicatorThresholds thresholds;

    public RagRule(IndicatorThresholds thresholds) {
        this.thresholds = thresholds;
    }

    public RagStatus assess(Polarity polarity, BigDecimal baseline, BigDecimal target, BigDecimal latest) {
        if (latest == null) {
            return RagStatus.NOT_MEASURED;
        }
        BigDecimal shortfall = target.subtract(latest).multiply(BigDecimal.valueOf(polarity.sign()));
        if (shortfall.signum() <= 0) {
            return RagStatus.GREEN;
        }
        BigDecimal scale = target.signum() != 0 ? target.abs() : baseline.abs();
        if (scale.signum() == 0) {
            return RagStatus.RED;
        }
        BigDecimal percentShort = shortfall.multiply(HUNDRED).divide(scale, MathContext.DECIMAL64);
        return percentShort.compareTo(thresholds.amberTolerancePercent()) <= 0 ? RagStatus.AMBER : RagStatus.RED;
    }
}
