package org.csp.platform.time;

import java.time.LocalDate;
import org.csp.platform.problem.ApiException;

/**
 * A UK local-government financial year such as {@code 2019-20}: 1 April 2019 to 31 March 2020. The one rule for
 * reading one, shared by every service (assessments, action plans, duties, awards).
 */
public record FinancialYear(int startYear) {

    public static final String PATTERN = "\\d{4}-\\d{2}";

    /** @throws ApiException 400 naming {@code field} when the text is not a consecutive-years label */
    public static FinancialYear parse(String text, String field) {
        if (text == null || !text.matches(PATTERN)) {
            throw ApiException.invalidField(field, "must look like 2019-20");
        }
        int start = Integer.parseInt(text.substring(0, 4));
        if (!secondYearFollows(start, Integer.parseInt(text.substring(5, 7)))) {
            throw ApiException.invalidField(field, "must name two consecutive years, like 2019-20");
        }
        return new FinancialYear(start);
    }

    /** Whether the two-digit second year is the one after {@code startYear} ({@code 2019-20}, {@code 1999-00}). */
    public static boolean secondYearFollows(int startYear, int twoDigitSecondYear) {
        return (startYear + 1) % 100 == twoDigitSecondYear;
    }

    public LocalDate start() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    public static FinancialYear containing(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    /**
     * The first year starting on or after the date: a plan's first year, as an action plan's year must start inside the
     * plan's period (a plan from January 2019 has its first action plan for 2019-20, not 2018-19).
     */
    public static FinancialYear firstStartingFrom(LocalDate date) {
        FinancialYear containing = containing(date);
        return containing.start().isBefore(date) ? new FinancialYear(containing.startYear + 1) : containing;
    }

    public String label() {
        return "%d-%02d".formatted(startYear, (startYear + 1) % 100);
    }

    @Override
    public String toString() {
        return label();
    }
}
