package org.csp.plan.rest;

import org.csp.platform.problem.ApiException;
import org.csp.platform.time.FinancialYear;

/**
 * The lists' text filters. An empty value ({@code ?areaCode=}) means the filter is not given, as for every filter
 * (docs/api-guidelines.md); a blank one can match nothing, so it is a 400 naming it rather than an empty page that
 * reads as "there are none". A financial year is read by the one {@link FinancialYear} rule, as in a body.
 */
final class QueryFilters {

    private QueryFilters() {
    }

    /** The filter's value, or null when the request leaves it out or empty; blank is refused. */
    static String text(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.isBlank()) {
            throw ApiException.invalidField(name, "must not be blank (leave " + name + " out to list them all)");
        }
        return value;
    }

    /** A {@code financialYear} filter as its label, or null when left out or empty. */
    static String financialYear(String value) {
        String given = text("financialYear", value);
        return given == null ? null : FinancialYear.parse(given, "financialYear").label();
    }
}
