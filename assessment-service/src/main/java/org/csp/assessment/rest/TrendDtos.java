package org.csp.assessment.rest;

import java.util.List;
import org.csp.assessment.domain.ReportingPeriod;
import org.csp.assessment.domain.TrendFigure;
import org.csp.assessment.domain.TrendReport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response shapes of trends. */
public final class TrendDtos {
    private TrendDtos() {
    }

    @Schema(name = "ReportingPeriod", description = "A period of whole months", requiredProperties = {"label", "kind", "startMonth", "endMonth", "population"})
    public record PeriodView(@Schema(example = "FY2018-19") String label, ReportingPeriod.Kind kind,
            @Schema(example = "2018-04") String startMonth, @Schema(example = "2019-03") String endMonth,
            @Schema(description = "Population used for rates (null when the area has none recorded)", example = "169955", nullable = true) Long population) {

        static PeriodView of(ReportingPeriod p, Long population) {
            return new PeriodView(p.label(), p.kind(), p.start().toString(), p.end().toString(), population);
        }
    }

    @Schema(name = "TrendReport", description = "Per category change between two periods, ranked by percentage change (largest rise first)", requiredProperties = {"areaCode", "sourceCode", "previous", "current", "figures"})
    public record TrendReportView(@Schema(example = "maidstone") String areaCode, @Schema(example = "kent-police") String sourceCode,
            PeriodView previous, PeriodView current, List<TrendFigure> figures) {

        public static TrendReportView of(TrendReport r) {
            return new TrendReportView(r.areaCode(), r.sourceCode(), PeriodView.of(r.previous(), r.previousPopulation()),
                    PeriodView.of(r.current(), r.currentPopulation()), r.figures());
        }
    }
}
