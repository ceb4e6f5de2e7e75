package org.csp.governance.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Which days are working days: not Saturday or Sunday and not a configured bank holiday. */
public final class WorkingDayCalendar {
    private final Set<LocalDate> bankHolidays;

    public WorkingDayCalendar(Collection<LocalDate> bankHolidays) {
        this.bankHolidays = Set.copyOf(new TreeSet<>(bankHolidays));
    }

    /** The last year with a configured bank holiday, or empty when none are configured. */
    public Optional<Year> lastYear() {
        return bankHolidays.stream().max(Comparator.naturalOrder()).map(Year::from);
    }

    /**
     * Whether the bank holidays of the day's year are known: a day after the last configured year is a working day unless it
     * falls at a weekend, which may be wrong.
     */
    public boolean covers(LocalDate day) {
        return lastYear().map(last -> !Year.from(day).isAfter(last)).orElse(false);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !bankHolidays.contains(day);
    }

    /** The day {@code days} working days after {@code from} (not counting {@code from} itself). */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** {@code day} itself when it is a working day, otherwise the next working day. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }
}
