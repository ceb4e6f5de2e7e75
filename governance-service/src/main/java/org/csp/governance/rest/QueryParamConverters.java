package org.csp.governance.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.csp.governance.domain.Dates;

/**
 * Query and path parameters that do not parse (an unknown status, a malformed date or id) are the caller's
 * mistake: 400 with a problem body naming the expected form, rather than JAX-RS's default 404.
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new Converter<>(s -> {
                LocalDate date;
                try {
                    date = LocalDate.parse(s);
                } catch (DateTimeParseException e) {
                    throw new BadRequestException("'" + clip(s) + "' is not a date like 2019-02-26");
                }
                if (!Dates.isReasonable(date)) {
                    throw new BadRequestException("dates run from " + Dates.EARLIEST + " to " + Dates.LATEST);
                }
                return date;
            });
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            return (ParamConverter<T>) new Converter<>(s -> {
                try {
                    return Enum.valueOf(type, s);
                } catch (IllegalArgumentException e) {
                    throw new BadRequestException("'" + clip(s) + "' is not one of " + Arrays.toString(type.getEnumConstants()));
                }
            });
        }
        return null;
    }

    static String clip(String s) {
        String safe = s.replaceAll("[^A-Za-z0-9 _.:-]", "?");
        return safe.length() > 40 ? safe.substring(0, 40) + "…" : safe;
    }

    record Converter<T>(java.util.function.Function<String, T> parse) implements ParamConverter<T> {
        @Override
        public T fromString(String value) {
            return value == null || value.isBlank() ? null : parse.apply(value);
        }

        @Override
        public String toString(T value) {
            return String.valueOf(value);
        }
    }

}
