package org.csp.grant.service;

import org.csp.platform.problem.ApiException;

/** UK financial years written {@code 2019-20}: April 2019 to March 2020. */
final class FinancialYears {
    private FinancialYears() {
    }

    /** The first calendar year of the financial year; the second part must be the next year. */
    static int startYear(String financialYear) {
        if (financialYear == null || !financialYear.matches("\\d{4}-\\d{2}")) {
            throw ApiException.invalidField("financialYear", "must look like 2019-20");
        }
        int start = Integer.parseInt(financialYear.substring(0, 4));
        int end = Integer.parseInt(financialYear.substring(5));
        if ((start + 1) % 100 != end) {
            throw ApiException.invalidField("financialYear", "must be two consecutive years, like 2019-20");
        }
        return start;
    }
}
