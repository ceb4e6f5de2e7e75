package org.csp.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrendCalculatorTest {

    static final ReportingPeriod PREVIOUS = ReportingPeriod.parse("FY2017-18", "previous");
    static final ReportingPeriod CURRENT = ReportingPeriod.parse("FY2018-19", "current");

    static CrimeCategory category(String code, boolean additive) {
        CrimeCategory c = new CrimeCategory();
        c.code = code;
        c.name = code;
        c.countsTowardsTotal = additive;
        return c;
    }

    static Map<String, CrimeCategory> categories() {
        return Map.of("burglary", category("burglary", true), "robbery", category("robbery", true),
                "drugs", category("drugs", true), "domestic-abuse", category("domestic-abuse", false));
    }

    static CategoryTotal year(String code, long count) {
        return new CategoryTotal(code, count, 12, 0);
    }

    static List<TrendFigure> calculate(Map<String, CategoryTotal> before, Map<String, CategoryTotal> after, List<RecordingNote> notes) {
        return TrendCalculator.calculate(new TrendCalculator.Input("maidstone", "kent-police", PREVIOUS, CURRENT, before, after,
                categories(), 169_955L, 171_826L, notes, 30));
    }

    static TrendFigure figure(List<TrendFigure> figures, String code) {
        return figures.stream().filter(f -> f.categoryCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void withoutAStatedTotalTheShareOfAllCrimeIsTakenOverTheAdditiveCategoriesOnly() {
        List<TrendFigure> figures = calculate(
                Map.of("burglary", year("burglary", 600), "robbery", year("robbery", 400), "domestic-abuse", year("domestic-abuse", 100)),
                Map.of("burglary", year("burglary", 900), "robbery", year("robbery", 600), "domestic-abuse", year("domestic-abuse", 225)),
                List.of());
        assertEquals(new BigDecimal("15.0"), figure(figures, "domestic-abuse").currentSharePercent());
        assertEquals(new BigDecimal("60.0"), figure(figures, "burglary").currentSharePercent());
        assertEquals(new BigDecimal("5.24"), figure(figures, "burglary").currentRatePer1000());
    }

    @Test
    void figuresAreRankedByPercentageChangeLargestRiseFirst() {
        List<TrendFigure> figures = calculate(
                Map.of("burglary", year("burglary", 600), "robbery", year("robbery", 400), "drugs", year("drugs", 300)),
                Map.of("burglary", year("burglary", 660), "robbery", year("robbery", 600), "drugs", year("drugs", 242)), List.of());
        assertEquals(List.of("robbery", "burglary", "drugs"), figures.stream().map(TrendFigure::categoryCode).toList());
        assertEquals(List.of(1, 2, 3), figures.stream().map(TrendFigure::rank).toList());
        assertEquals(new BigDecimal("-19.3"), figure(figures, "drugs").changePercent());
    }

    @Test
    void aBaseCountBelowTheThresholdIsFlaggedAsSmallNumbers() {
        List<TrendFigure> figures = calculate(Map.of("robbery", year("robbery", 10)), Map.of("robbery", year("robbery", 25)), List.of());
        assertTrue(figure(figures, "robbery").smallNumbers());
        assertEquals(new BigDecimal("150.0"), figure(figures, "robbery").changePercent());
    }

    @Test
    void anUnavailableOrIncompletePeriodIsNeverReadAsZero() {
        List<TrendFigure> figures = calculate(
                Map.of("robbery", year("robbery", 400), "burglary", new CategoryTotal("burglary", 550, 11, 0)),
                Map.of("robbery", new CategoryTotal("robbery", 380, 11, 1), "burglary", year("burglary", 600)), List.of());
        TrendFigure robbery = figure(figures, "robbery");
        assertTrue(robbery.unavailable());
        assertNull(robbery.currentCount());
        assertNull(robbery.changePercent());
        assertNull(robbery.rank());
        assertTrue(figure(figures, "burglary").unavailableReason().contains("only 11 of the 12 months"));
    }

    @Test
    void aRecordingNoteTravelsOnlyWithFiguresWhosePeriodsItSplits() {
        List<RecordingNote> notes = List.of(new RecordingNote(null, YearMonth.of(2018, 4), "recorded separately"),
                new RecordingNote("robbery", YearMonth.of(2016, 1), "old change"));
        List<TrendFigure> figures = calculate(Map.of("robbery", year("robbery", 400)), Map.of("robbery", year("robbery", 420)), notes);
        assertEquals(List.of("recorded separately"), figure(figures, "robbery").notes());
        assertFalse(figure(figures, "robbery").smallNumbers());
    }
}
