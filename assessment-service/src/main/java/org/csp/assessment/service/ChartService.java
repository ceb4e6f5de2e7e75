package org.csp.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.csp.assessment.domain.Area;
import org.csp.assessment.domain.CrimeCategory;
import org.csp.assessment.domain.ReportingPeriod;
import org.csp.assessment.domain.TrendChart;
import org.csp.assessment.repository.StatisticsStore;
import org.csp.platform.problem.ApiException;

/** A category's monthly series for an area, drawn as SVG. */
@ApplicationScoped
public class ChartService {

    static final int MAX_MONTHS = 240;

    @Inject
    StatisticsStore store;
    @Inject
    TrendService trends;

    @Transactional(Transactional.TxType.SUPPORTS)
    public String chart(String areaCode, String categoryCode, String sourceCode, String fromText, String toText) {
        Area area = Area.require(areaCode);
        CrimeCategory category = CrimeCategory.require(categoryCode);
        YearMonth from = ReportingPeriod.month(fromText, "from");
        YearMonth to = ReportingPeriod.month(toText, "to");
        if (to.isBefore(from)) {
            throw ApiException.invalidField("to", "must not be before from (" + from + ")");
        }
        if (from.plusMonths(MAX_MONTHS - 1).isBefore(to)) {
            throw ApiException.invalidField("to", "a chart covers at most " + MAX_MONTHS + " months");
        }
        String source = trends.resolveSource(areaCode, sourceCode);
        List<Map.Entry<YearMonth, Long>> series = store.series(areaCode, source, categoryCode, from, to);
        if (series.isEmpty()) {
            throw new ApiException(404, "no-data-for-period", "No figures for this period", "no figures for category '"
                    + categoryCode + "' in " + areaCode + " from " + source + " between " + from + " and " + to)
                    .with("categoryCode", categoryCode);
        }
        Map<YearMonth, Long> values = new HashMap<>();
        Map<YearMonth, Boolean> unavailable = new HashMap<>();
        for (Map.Entry<YearMonth, Long> point : series) {
            values.put(point.getKey(), point.getValue());
            unavailable.put(point.getKey(), point.getValue() == null);
        }
        String title = category.name + " per month, " + area.name + " (" + source + "), " + from + " to " + to;
        return TrendChart.svg(title, from, to, values, unavailable);
    }
}
