package org.csp.plan.rest;

import jakarta.ws.rs.core.UriInfo;
import org.csp.platform.problem.ApiException;
import org.csp.platform.time.FinancialYear;

/**
 * The lists' text filters. One given empty or blank ({@code ?areaCode=}) is a 400 naming it: it can match nothing, so
 * an empty page would read as "there are none" (platform-commons' typed parameters read an empty value as not given,
 * docs/api-guidelines.md; a text filter has no such reading). A financial year is read by the one {@link FinancialYear}
 * rule, as in a body.
 */
final class QueryFilters {

    private QueryFilters() {
    }

    /** The filter's value, or null when the request leaves it out; empty or blank is refused. */
    static String text(UriInfo uri, String name, String value) {
        if ((value == null || value.isBlank()) && uri.getQueryParameters().containsKey(name)) {
            throw ApiException.invalidField(name, "must not be empty (leave " + name + " out to list them all)");
        }
        return value;
    }

    /** A {@code financialYear} filter as its label, or null when left out. */
    static String financialYear(UriInfo uri, String value) {
        String given = text(uri, "financialYear", value);
        return given == null ? null : FinancialYear.parse(given, "financialYear").label();
    }
}
