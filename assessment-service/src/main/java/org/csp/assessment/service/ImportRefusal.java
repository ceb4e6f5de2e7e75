package org.csp.assessment.service;

import java.util.List;
import org.csp.assessment.domain.RowRejection;
import org.csp.platform.problem.ApiException;

/** The 422 for an all-or-nothing import with malformed rows: nothing was applied; every bad row is listed. */
final class ImportRefusal {
    private ImportRefusal() {
    }

    /**
     * @param rejections the bad rows found, in order (possibly only the first of them)
     * @param rowsRejected how many rows were bad in all
     */
    static ApiException of(List<RowRejection> rejections, long rowsRejected, long rowsRead, int maxListed) {
        RowRejection first = rejections.get(0);
        return ApiException.rule("import-rejected", rowsRejected + " of " + rowsRead
                        + " rows are malformed, so nothing was imported (first: row " + first.line() + ", " + first.field()
                        + ": " + first.reason() + "); fix them or import with mode=KEEP_VALID")
                .with("rowsRead", rowsRead).with("rowsRejected", rowsRejected)
                .with("rejections", List.copyOf(rejections.subList(0, Math.min(rejections.size(), maxListed))));
    }
}
