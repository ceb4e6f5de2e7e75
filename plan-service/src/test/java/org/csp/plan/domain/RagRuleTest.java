package org.csp.plan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RagRuleTest {

    static final RagRule RULE = new RagRule(new IndicatorThresholds(BigDecimal.TEN, BigDecimal.ONE));

    static RagStatus rag(Polarity polarity, int baseline, int target, Integer latest) {
        return RULE.assess(polarity, BigDecimal.valueOf(baseline), BigDecimal.valueOf(target),
                latest == null ? null : BigDecimal.valueOf(latest));
    }

    @Test
    void meetingOrBeatingTheTargetIsGreenInEitherPolarity() {
        assertEquals(RagStatus.GREEN, rag(Polarity.HIGHER_IS_BETTER, 420, 500, 500));
        assertEquals(RagStatus.GREEN, rag(Polarity.HIGHER_IS_BETTER, 420, 500, 530));
        assertEquals(RagStatus.GREEN, rag(Polarity.LOWER_IS_BETTER, 120, 100, 95));
    }

    @Test
    void fallingShortByNoMoreThanTheAmberToleranceIsAmber() {
        assertEquals(RagStatus.AMBER, rag(Polarity.HIGHER_IS_BETTER, 420, 500, 450));
        assertEquals(RagStatus.AMBER, rag(Polarity.LOWER_IS_BETTER, 120, 100, 110));
    }

    @Test
    void fallingShortByMoreThanTheAmberToleranceIsRed() {
        assertEquals(RagStatus.RED, rag(Polarity.HIGHER_IS_BETTER, 420, 500, 449));
        assertEquals(RagStatus.RED, rag(Polarity.LOWER_IS_BETTER, 120, 100, 111));
    }

    @Test
    void aZeroTargetIsMeasuredAgainstTheBaseline() {
        assertEquals(RagStatus.AMBER, rag(Polarity.LOWER_IS_BETTER, 40, 0, 4));
        assertEquals(RagStatus.RED, rag(Polarity.LOWER_IS_BETTER, 40, 0, 5));
        assertEquals(RagStatus.RED, rag(Polarity.LOWER_IS_BETTER, 0, 0, 1));
    }

    @Test
    void withoutAValueItIsNotMeasured() {
        assertEquals(RagStatus.NOT_MEASURED, rag(Polarity.HIGHER_IS_BETTER, 420, 500, null));
    }

    @Test
    void theToleranceIsConfigurable() {
        RagRule strict = new RagRule(new IndicatorThresholds(BigDecimal.ZERO, BigDecimal.ONE));
        assertEquals(RagStatus.RED, strict.assess(Polarity.HIGHER_IS_BETTER, BigDecimal.ZERO, BigDecimal.valueOf(500),
                BigDecimal.valueOf(499)));
    }
}
