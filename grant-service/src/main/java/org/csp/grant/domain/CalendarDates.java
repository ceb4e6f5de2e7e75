package org.csp.grant.domain;

import java.time.LocalDate;
import org.csp.platform.problem.ApiException;

/** Calendar dates the grant deals in lie between 2000 and 2099; anything else is a typing error (400). */
public final class CalendarDates {
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private CalendarDates() {
    }

    public static void requirePlausible(String field, LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw ApiException.invalidField(field, "must be between " + EARLIEST + " and " + LATEST);
        }
    }
}
