package org.csp.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import org.csp.platform.problem.ApiException;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    @Test
    void aFinancialYearRunsFromAprilToMarch() {
        ReportingPeriod fy = ReportingPeriod.parse("FY2018-19", "p");
        assertEquals(YearMonth.of(2018, 4), fy.start());
        assertEquals(YearMonth.of(2019, 3), fy.end());
        assertEquals(12, fy.months());
        assertEquals(2018, fy.populationYear());
    }

    @Test
    void aQuarterIsThreeCalendarMonthsAndARollingYearEndsOnItsMonth() {
        assertEquals(YearMonth.of(2019, 4), ReportingPeriod.parse("2019-Q2", "p").start());
        assertEquals(YearMonth.of(2019, 6), ReportingPeriod.parse("2019-Q2", "p").end());
        ReportingPeriod rolling = ReportingPeriod.parse("R12-2019-03", "p");
        assertEquals(YearMonth.of(2018, 4), rolling.start());
        assertEquals(12, rolling.months());
        assertEquals(1, ReportingPeriod.parse("2019-12", "p").months());
    }

    @Test
    void anAssessmentsFinancialYearEndsInTheYearAfterItBegins() {
        assertEquals(YearMonth.of(2019, 4), ReportingPeriod.financialYear("2019-20", "financialYear").start());
        assertEquals(YearMonth.of(2000, 3), ReportingPeriod.financialYear("1999-00", "financialYear").end());
        for (String bad : new String[] {"2019-25", "2019-19", "2019-21", "1999-01", "FY2019-20", "2019", "", null}) {
            ApiException.InvalidFieldException e = assertThrows(ApiException.InvalidFieldException.class,
                    () -> ReportingPeriod.financialYear(bad, "financialYear"), bad);
            assertEquals("financialYear", e.field());
        }
    }

    @Test
    void anythingElseIsA400NamingTheField() {
        for (String bad : new String[] {"2019-13", "FY2018-20", "2019-Q5", "R12-2019-00", "last year", "", "2019-1"}) {
            ApiException.InvalidFieldException e = assertThrows(ApiException.InvalidFieldException.class,
                    () -> ReportingPeriod.parse(bad, "current"), bad);
            assertEquals("current", e.field());
        }
    }
}
