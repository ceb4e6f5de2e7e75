package org.csp.assessment.domain;

import org.csp.platform.problem.ApiException;

/** What to do with a file that has malformed rows: refuse all of it, or apply the valid rows and report the rest. */
public enum ImportMode {
    ALL_OR_NOTHING, KEEP_VALID;

    /** Parses the {@code mode} query parameter; absent means ALL_OR_NOTHING, anything unknown is a 400 naming it. */
    public static ImportMode parse(String text) {
        if (text == null || text.isBlank()) {
            return ALL_OR_NOTHING;
        }
        for (ImportMode mode : values()) {
            if (mode.name().equals(text.trim())) {
                return mode;
            }
        }
        throw ApiException.invalidField("mode", "must be ALL_OR_NOTHING or KEEP_VALID");
    }
}
