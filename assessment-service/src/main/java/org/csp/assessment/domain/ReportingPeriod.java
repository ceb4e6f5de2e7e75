package org.csp.assessment.domain;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csp.platform.problem.ApiException;
import org.csp.platform.time.FinancialYear;

/**
 * A period trends compare, in months: {@code 2019-03} (a month), {@code 2019-Q1} (a calendar quarter),
 * {@code FY2018-19} (a financial year, April to March) or {@code R12-2019-03} (the 12 months ending March 2019).
 */
public record ReportingPeriod(String label, Kind kind, YearMonth start, YearMonth end) {

    public enum Kind { MONTH, QUARTER, FINANCIAL_YEAR, ROLLING_12_MONTHS }

    public static final String FORMAT = "a month 2019-03, a quarter 2019-Q1, a financial year FY2018-19 or rolling 12 months R12-2019-03";

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("FY(\\d{4})-(\\d{2})");
    private static final Pattern ROLLING = Pattern.compile("R12-(\\d{4})-(\\d{2})");

    /** @param field the request field named in the 400 when the text is not a period */
    public static ReportingPeriod parse(String text, String field) {
        ReportingPeriod period = parseAny(text, field);
        if (period.start().getYear() < MIN_YEAR || period.end().getYear() > MAX_YEAR) {
            throw ApiException.invalidField(field, "must lie between " + MIN_YEAR + " and " + MAX_YEAR);
        }
        return period;
    }

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2100;

    private static ReportingPeriod parseAny(String text, String field) {
        if (text == null || text.isBlank()) {
            throw ApiException.invalidField(field, "is required: " + FORMAT);
        }
        String value = text.trim();
        try {
            Matcher m = ROLLING.matcher(value);
            if (m.matches()) {
                YearMonth end = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return new ReportingPeriod(value, Kind.ROLLING_12_MONTHS, end.minusMonths(11), end);
            }
            m = QUARTER.matcher(value);
            if (m.matches()) {
                YearMonth start = YearMonth.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1);
                return new ReportingPeriod(value, Kind.QUARTER, start, start.plusMonths(2));
            }
            m = FINANCIAL_YEAR.matcher(value);
            if (m.matches()) {
                return financialYear(value, m, field, "FY2018-19");
            }
            m = MONTH.matcher(value);
            if (m.matches()) {
                YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return new ReportingPeriod(value, Kind.MONTH, month, month);
            }
        } catch (java.time.DateTimeException e) {
            throw ApiException.invalidField(field, "'" + value + "' is not a valid period: " + FORMAT);
        }
        throw ApiException.invalidField(field, "'" + value + "' is not a period: " + FORMAT);
    }

    /**
     * An assessment's financial year, written {@code 2019-20}: April 2019 to March 2020. The second year is the one
     * after the first ({@code 1999-00} too); {@code 2019-25} is no financial year.
     */
    public static ReportingPeriod financialYear(String text, String field) {
        Matcher m = text == null ? null : MONTH.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw ApiException.invalidField(field, "must look like 2019-20");
        }
        ReportingPeriod year = financialYear(text.trim(), m, field, "2019-20");
        if (year.start().getYear() < MIN_YEAR || year.end().getYear() > MAX_YEAR) {
            throw ApiException.invalidField(field, "must lie between " + MIN_YEAR + " and " + MAX_YEAR);
        }
        return year;
    }

    /** @param m a match whose groups are the four-digit first year and the two-digit second */
    private static ReportingPeriod financialYear(String value, Matcher m, String field, String example) {
        int year = Integer.parseInt(m.group(1));
        if (!FinancialYear.secondYearFollows(year, Integer.parseInt(m.group(2)))) {
            throw ApiException.invalidField(field, "'" + value + "' is not a financial year: the second year must follow the first, as in "
                    + example);
        }
        YearMonth start = YearMonth.of(year, 4);
        return new ReportingPeriod(value, Kind.FINANCIAL_YEAR, start, start.plusMonths(11));
    }

    /** Parses a single month {@code 2019-03}. */
    public static YearMonth month(String text, String field) {
        if (text == null || !MONTH.matcher(text.trim()).matches()) {
            throw ApiException.invalidField(field, "must be a month like 2019-03");
        }
        YearMonth month;
        try {
            month = YearMonth.parse(text.trim());
        } catch (java.time.DateTimeException e) {
            throw ApiException.invalidField(field, "must be a month like 2019-03");
        }
        if (month.getYear() < MIN_YEAR || month.getYear() > MAX_YEAR) {
            throw ApiException.invalidField(field, "must lie between " + MIN_YEAR + " and " + MAX_YEAR);
        }
        return month;
    }

    public int months() {
        return (int) (end.getYear() * 12L + end.getMonthValue() - start.getYear() * 12L - start.getMonthValue()) + 1;
    }

    /** The year whose population is used for rates: the calendar year the period starts in. */
    public int populationYear() {
        return start.getYear();
    }
}
