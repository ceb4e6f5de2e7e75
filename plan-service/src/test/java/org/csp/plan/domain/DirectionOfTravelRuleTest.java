package org.csp.plan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DirectionOfTravelRuleTest {

    static final DirectionOfTravelRule RULE = new DirectionOfTravelRule(new IndicatorThresholds(BigDecimal.TEN, BigDecimal.ONE));

    static DirectionOfTravel travel(Polarity polarity, String previous, String latest) {
        return RULE.assess(polarity, previous == null ? null : new BigDecimal(previous), latest == null ? null : new BigDecimal(latest));
    }

    @Test
    void movingInTheGoodDirectionOfThePolarityIsImproving() {
        assertEquals(DirectionOfTravel.IMPROVING, travel(Polarity.HIGHER_IS_BETTER, "110", "131"));
        assertEquals(DirectionOfTravel.IMPROVING, travel(Polarity.LOWER_IS_BETTER, "131", "110"));
    }

    @Test
    void movingInTheBadDirectionOfThePolarityIsWorsening() {
        assertEquals(DirectionOfTravel.WORSENING, travel(Polarity.HIGHER_IS_BETTER, "131", "110"));
        assertEquals(DirectionOfTravel.WORSENING, travel(Polarity.LOWER_IS_BETTER, "110", "131"));
    }

    @Test
    void aChangeWithinTheSteadyToleranceIsNoChange() {
        assertEquals(DirectionOfTravel.NO_CHANGE, travel(Polarity.HIGHER_IS_BETTER, "1000", "1010"));
        assertEquals(DirectionOfTravel.NO_CHANGE, travel(Polarity.HIGHER_IS_BETTER, "0", "0"));
        assertEquals(DirectionOfTravel.IMPROVING, travel(Polarity.HIGHER_IS_BETTER, "1000", "1011"));
        assertEquals(DirectionOfTravel.IMPROVING, travel(Polarity.HIGHER_IS_BETTER, "0", "1"));
    }

    @Test
    void withoutTwoValuesItIsNotMeasured() {
        assertEquals(DirectionOfTravel.NOT_MEASURED, travel(Polarity.HIGHER_IS_BETTER, null, "5"));
        assertEquals(DirectionOfTravel.NOT_MEASURED, travel(Polarity.HIGHER_IS_BETTER, "5", null));
    }
}
