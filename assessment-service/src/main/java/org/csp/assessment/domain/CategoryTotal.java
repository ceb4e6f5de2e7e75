package org.csp.assessment.domain;

/** The counts of one category over one period, read from the monthly aggregates. */
public record CategoryTotal(String categoryCode, long count, int monthsWithData, int monthsUnavailable) {
}
