package org.csp.platform.http;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.csp.platform.problem.ApiException;

/**
 * Converts typed query and path parameters (UUID, date, enum, whole number, boolean) so that a value that does not
 * convert is a 400 naming the parameter, like a bean-validation error, instead of JAX-RS's 404 for a query or path
 * parameter it cannot convert. Quarkus REST wraps what a converter throws in that 404 (400 for a header);
 * {@code ProblemMappers} answers the wrapped {@link ApiException} instead. A blank query value means "not given".
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[-+]?\\d{1,18}");

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        Function<String, ?> parse = parserFor(rawType, name);
        return parse == null ? null : (ParamConverter<T>) new Converter(name, rawType.isPrimitive(), parse);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Function<String, ?> parserFor(Class<?> type, String name) {
        if (type == UUID.class) {
            return value -> convert(name, "must be a UUID", () -> UUID.fromString(requireUuidShape(value)));
        }
        if (type == LocalDate.class) {
            // Four-digit years only: ISO also reads +999999999-12-31, which no database column stores.
            return value -> convert(name, "must be a date like 2019-02-26",
                    () -> LocalDate.parse(requireMatch(ISO_DATE, value)));
        }
        if (type == Integer.class || type == int.class) {
            return value -> convert(name, "must be a whole number", () -> Integer.valueOf(requireMatch(WHOLE_NUMBER, value)));
        }
        if (type == Long.class || type == long.class) {
            return value -> convert(name, "must be a whole number", () -> Long.valueOf(requireMatch(WHOLE_NUMBER, value)));
        }
        if (type == Boolean.class || type == boolean.class) {
            return value -> switch (value) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw ApiException.invalidField(name, "must be true or false");
            };
        }
        if (type.isEnum()) {
            Class<? extends Enum> enumType = (Class<? extends Enum>) type;
            String expected = "must be one of " + Arrays.toString(enumType.getEnumConstants());
            return value -> convert(name, expected, () -> Enum.valueOf(enumType, value));
        }
        return null;
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation a : annotations == null ? new Annotation[0] : annotations) {
            String name = a instanceof QueryParam q ? q.value()
                    : a instanceof PathParam p ? p.value()
                    : a instanceof HeaderParam h ? h.value()
                    : a instanceof CookieParam c ? c.value()
                    : a instanceof FormParam f ? f.value()
                    : a instanceof MatrixParam m ? m.value() : null;
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return "parameter";
    }

    private static String requireUuidShape(String value) {
        // UUID.fromString also takes short forms such as 1-2-3-4-5; an id is the 36-character form.
        if (value.length() != 36) {
            throw new IllegalArgumentException("not 36 characters");
        }
        return value;
    }

    private static String requireMatch(Pattern pattern, String value) {
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException("wrong shape");
        }
        return value;
    }

    private static <T> T convert(String name, String expected, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (RuntimeException e) {
            throw ApiException.invalidField(name, expected);
        }
    }

    private record Converter<T>(String name, boolean primitive, Function<String, T> parse) implements ParamConverter<T> {
        @Override
        public T fromString(String value) {
            if (value == null || value.isBlank()) {
                if (primitive) {
                    throw ApiException.invalidField(name, "must have a value");
                }
                return null;
            }
            return parse.apply(value);
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
