package org.csp.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.UUID;
import org.csp.platform.problem.ApiException;
import org.junit.jupiter.api.Test;

class ParameterConvertersTest {

    enum Status { DRAFT, PUBLISHED }

    @SuppressWarnings("unused")
    void resource(@QueryParam("bidId") UUID bidId, @PathParam("id") UUID id, @QueryParam("from") LocalDate from,
            @QueryParam("status") Status status, @QueryParam("size") int size, @QueryParam("current") Boolean current,
            @QueryParam("name") String name) {
    }

    @Test
    void goodValuesConvert() {
        UUID id = UUID.randomUUID();
        assertEquals(id, converter(0).fromString(id.toString()));
        assertEquals(LocalDate.of(2019, 2, 26), converter(2).fromString("2019-02-26"));
        assertEquals(Status.PUBLISHED, converter(3).fromString("PUBLISHED"));
        assertEquals(20, converter(4).fromString("20"));
        assertEquals(Boolean.FALSE, converter(5).fromString("false"));
    }

    @Test
    void aBlankQueryValueIsAnAbsentFilter() {
        assertNull(converter(0).fromString(""));
        assertNull(converter(3).fromString(" "));
    }

    @Test
    void aValueThatDoesNotConvertIsRefusedNamingTheParameter() {
        assertRefused(0, "not-a-uuid", "bidId", "must be a UUID");
        assertRefused(0, "1-2-3-4-5", "bidId", "must be a UUID");
        assertRefused(1, "42", "id", "must be a UUID");
        assertRefused(2, "12/02/2019", "from", "must be a date like 2019-02-26");
        assertRefused(2, "+999999999-12-31", "from", "must be a date like 2019-02-26");
        assertRefused(2, "2019-02-30", "from", "must be a date like 2019-02-26");
        assertRefused(3, "draft", "status", "must be one of [DRAFT, PUBLISHED]");
        assertRefused(4, "twenty", "size", "must be a whole number");
        assertRefused(4, "99999999999", "size", "must be a whole number");
        assertRefused(4, "", "size", "must have a value");
        assertRefused(5, "yes", "current", "must be true or false");
    }

    @Test
    void textIsLeftToJaxRs() throws Exception {
        assertNull(new ParameterConverters().getConverter(String.class, String.class, method().getParameterAnnotations()[6]));
    }

    private static void assertRefused(int parameter, String value, String field, String message) {
        ApiException.InvalidFieldException refused = assertThrows(ApiException.InvalidFieldException.class,
                () -> converter(parameter).fromString(value));
        assertEquals(field, refused.field());
        assertEquals(message, refused.fieldMessage());
        assertEquals(400, refused.status());
    }

    private static ParamConverter<?> converter(int parameter) {
        try {
            Method method = method();
            Class<?> type = method.getParameterTypes()[parameter];
            return new ParameterConverters().getConverter(type, type, method.getParameterAnnotations()[parameter]);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Method method() throws NoSuchMethodException {
        return ParameterConvertersTest.class.getDeclaredMethod("resource", UUID.class, UUID.class, LocalDate.class,
                Status.class, int.class, Boolean.class, String.class);
    }
}
