package org.csp.assessment.rest;

import java.util.Arrays;
import org.csp.platform.problem.ApiException;

/** Query parameters parsed so that a bad value is a 400 naming the parameter (JAX-RS would answer 404). */
final class QueryParams {
    private QueryParams() {
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.trim())) {
                return constant;
            }
        }
        throw ApiException.invalidField(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
    }
}
