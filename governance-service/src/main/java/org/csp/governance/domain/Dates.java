package org.csp.governance.domain;

import java.time.LocalDate;
import org.csp.platform.problem.ApiException;

/** Calendar dates the council can mean: years 1900 to 2200 (also keeps them inside what the database stores). */
public final class Dates {
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    private Dates() {
    }

    private static boolean isReasonable(LocalDate date) {
        return date == null || (!date.isBefore(EARLIEST) && !date.isAfter(LATEST));
    }

    /** 400 naming the field when a date is outside 1900 to 2200. */
    public static void require(String field, LocalDate date) {
        if (!isReasonable(date)) {
            throw ApiException.invalidField(field, "must be between " + EARLIEST + " and " + LATEST);
        }
    }
}
