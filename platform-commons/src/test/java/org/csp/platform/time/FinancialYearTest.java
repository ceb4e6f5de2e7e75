package org.csp.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.csp.platform.problem.ApiException;
import org.junit.jupiter.api.Test;

class FinancialYearTest {

    @Test
    void aFinancialYearRunsFromAprilToMarch() {
        FinancialYear year = FinancialYear.parse("2019-20", "financialYear");
        assertEquals(LocalDate.of(2019, 4, 1), year.start());
        assertEquals(LocalDate.of(2020, 3, 31), year.end());
        assertEquals("2019-20", FinancialYear.containing(LocalDate.of(2020, 3, 31)).label());
        assertEquals("1999-00", new FinancialYear(1999).label());
    }

    @Test
    void aPlansFirstYearIsTheFirstYearStartingInItsPeriod() {
        assertEquals("2019-20", FinancialYear.firstStartingFrom(LocalDate.of(2019, 4, 1)).label());
        assertEquals("2019-20", FinancialYear.firstStartingFrom(LocalDate.of(2019, 1, 1)).label());
        assertEquals("2020-21", FinancialYear.firstStartingFrom(LocalDate.of(2019, 4, 2)).label());
    }

    @Test
    void aLabelMustNameTwoConsecutiveYears() {
        ApiException refused = assertThrows(ApiException.class, () -> FinancialYear.parse("2019-21", "financialYear"));
        assertEquals(400, refused.status());
    }
}
