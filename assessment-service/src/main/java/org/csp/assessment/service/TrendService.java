package org.csp.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.csp.assessment.config.AssessmentConfig;
import org.csp.assessment.domain.Area;
import org.csp.assessment.domain.CategoryTotal;
import org.csp.assessment.domain.CrimeCategory;
import org.csp.assessment.domain.ReportingPeriod;
import org.csp.assessment.domain.TrendCalculator;
import org.csp.assessment.domain.TrendFigure;
import org.csp.assessment.domain.TrendReport;
import org.csp.assessment.repository.StatisticsStore;
import org.csp.platform.problem.ApiException;

/** Computes trends from the monthly aggregates (one grouped query per period, never a scan of incidents). */
@ApplicationScoped
public class TrendService {

    @Inject
    StatisticsStore store;
    @Inject
    AssessmentConfig config;

    @Transactional(Transactional.TxType.SUPPORTS)
    public TrendReport trends(String areaCode, String sourceCode, String previousText, String currentText, String categoryCode) {
        Area area = Area.require(areaCode);
        ReportingPeriod previous = ReportingPeriod.parse(previousText, "previous");
        ReportingPeriod current = ReportingPeriod.parse(currentText, "current");
        if (!previous.end().isBefore(current.start())) {
            throw ApiException.invalidField("previous", "must end before the current period " + current.label() + " starts");
        }
        if (categoryCode != null) {
            CrimeCategory.require(categoryCode);
        }
        String source = resolveSource(areaCode, sourceCode);
        Map<String, CategoryTotal> before = store.totals(areaCode, source, previous.start(), previous.end());
        Map<String, CategoryTotal> after = store.totals(areaCode, source, current.start(), current.end());
        requireData(before, areaCode, source, previous, "previous");
        requireData(after, areaCode, source, current, "current");
        Map<String, CrimeCategory> categories = CrimeCategory.<CrimeCategory>listAll().stream()
                .collect(Collectors.toMap(c -> c.code, Function.identity()));
        Long previousPopulation = area.populationFor(previous.populationYear()).orElse(null);
        Long currentPopulation = area.populationFor(current.populationYear()).orElse(null);
        List<TrendFigure> figures = TrendCalculator.calculate(new TrendCalculator.Input(areaCode, source, previous, current,
                before, after, categories, previousPopulation, currentPopulation, store.notes(areaCode, source),
                config.trends().smallNumberThreshold()));
        if (categoryCode != null) {
            figures = figures.stream().filter(f -> f.categoryCode().equals(categoryCode)).toList();
            if (figures.isEmpty()) {
                throw new ApiException(404, "no-data-for-category", "No figures for this category",
                        "no figures for category '" + categoryCode + "' in " + areaCode + " from " + source + " in "
                                + previous.label() + " or " + current.label()).with("categoryCode", categoryCode);
            }
        }
        return new TrendReport(areaCode, source, previous, current, previousPopulation, currentPopulation, figures);
    }

    /** The named source, or the only source the area has figures from. */
    public String resolveSource(String areaCode, String sourceCode) {
        List<String> sources = store.sourcesOf(areaCode);
        if (sourceCode != null) {
            if (!sources.contains(sourceCode)) {
                throw new ApiException(404, "no-data-for-source", "No figures from this source",
                        "area '" + areaCode + "' has no figures from source '" + sourceCode + "'; it has " + sources)
                        .with("sourceCode", sourceCode);
            }
            return sourceCode;
        }
        if (sources.isEmpty()) {
            throw new ApiException(404, "no-data-for-area", "No figures for this area",
                    "area '" + areaCode + "' has no figures yet; import some first").with("areaCode", areaCode);
        }
        if (sources.size() > 1) {
            throw ApiException.invalidField("sourceCode", "area '" + areaCode + "' has figures from several sources "
                    + sources + "; name one");
        }
        return sources.get(0);
    }

    private static void requireData(Map<String, CategoryTotal> totals, String area, String source, ReportingPeriod period,
            String field) {
        if (totals.isEmpty()) {
            throw new ApiException(404, "no-data-for-period", "No figures for this period",
                    "area '" + area + "' has no figures from " + source + " in " + period.label() + " (" + period.start()
                            + " to " + period.end() + ")").with("period", period.label()).with("field", field);
        }
    }
}
