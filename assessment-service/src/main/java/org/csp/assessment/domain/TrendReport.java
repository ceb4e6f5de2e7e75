package org.csp.assessment.domain;

import java.util.List;

/** Trends of one area and source between two periods. */
public record TrendReport(String areaCode, String sourceCode, ReportingPeriod previous, ReportingPeriod current,
        Long previousPopulation, Long currentPopulation, List<TrendFigure> figures) {
}
