package org.csp.governance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A calendar knows the bank holidays only of the years it was given. */
class WorkingDayCalendarTest {

    @Test
    void aDayAfterTheLastYearWithConfiguredBankHolidaysIsNotCovered() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(List.of(LocalDate.of(2018, 12, 25), LocalDate.of(2019, 1, 1),
                LocalDate.of(2019, 12, 26)));
        assertEquals(Optional.of(Year.of(2019)), calendar.lastYear());
        assertTrue(calendar.covers(LocalDate.of(2019, 12, 31)));
        assertFalse(calendar.covers(LocalDate.of(2020, 1, 2)));
        WorkingDayCalendar none = new WorkingDayCalendar(List.of());
        assertEquals(Optional.empty(), none.lastYear());
        assertFalse(none.covers(LocalDate.of(2019, 2, 26)));
    }
}
