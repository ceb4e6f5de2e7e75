package org.csp.grant.rest;

import java.util.Arrays;
import java.util.UUID;
import org.csp.platform.problem.ApiException;

/** Query parameters read as text so that a bad value is a 400 naming the parameter (JAX-RS would answer 404). */
final class QueryParams {
    private QueryParams() {
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    static UUID uuidOf(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField(name, "must be a UUID");
        }
    }
}
