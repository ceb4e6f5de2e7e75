package org.csp.platform.http;

import org.csp.platform.problem.ApiException;

/**
 * Optimistic concurrency over HTTP: the ETag is the entity's version; an update must send it back in
 * {@code If-Match} (428 when missing, 412 when stale).
 */
public final class Etags {
    private Etags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiException.preconditionRequired();
        }
        String current = of(currentVersion);
        // If-Match compares strongly (RFC 9110 13.1.1): a weak tag such as W/"3" never matches.
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(current)) {
                return;
            }
        }
        throw ApiException.stale(current);
    }
}
