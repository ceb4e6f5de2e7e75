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

    /**
     * Whether a minute number given by hand runs on from the body's last one in the year: exactly the next number, with no
     * gap; the year's first minute may take any number (a year begun on paper goes on from its last paper minute).
     *
     * @param last the body's highest minute number so far this municipal year, or null when it has none
     */
    public static boolean runsOn(Integer last, int given) {
        return last == null ? given >= 1 : given == last + 1;
    }
}
