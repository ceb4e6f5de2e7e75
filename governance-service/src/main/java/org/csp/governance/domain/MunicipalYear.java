package org.csp.governance.domain;

import java.time.LocalDate;
import java.time.MonthDay;

/** The municipal year runs from the annual meeting in May to the next May; minute numbers run on across it. */
public final class MunicipalYear {
    private MunicipalYear() {
    }

    /** For example {@code 2018-19} for 12 February 2019 when the year starts on 1 May. */
    public static String of(LocalDate date, MonthDay start) {
        int first = MonthDay.from(date).isBefore(start) ? date.getYear() - 1 : date.getYear();
        return first + "-" + String.format("%02d", (first + 1) % 100);
    }
}
