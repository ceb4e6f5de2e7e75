package org.csp.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ExactJsonScalarsTest {

    public record Body(Integer votes, long population, int year, Boolean unanimous, BigDecimal percent) {
    }

    static final ObjectMapper JSON = new ObjectMapper();

    static {
        new ExactJsonScalars().customize(JSON);
    }

    static String refusedField(String json) {
        JsonMappingException e = assertThrows(JsonMappingException.class, () -> JSON.readValue(json, Body.class));
        return e.getPath().get(0).getFieldName();
    }

    @Test
    void aFractionForAnIntegerFieldIsRefusedNotTruncated() {
        assertEquals("population", refusedField("{\"population\":171826.7}"));
        assertEquals("votes", refusedField("{\"votes\":2.5}"));
        assertEquals("year", refusedField("{\"year\":2019.0}"));
    }

    @Test
    void aStringOrABooleanForANumberIsRefused() {
        assertEquals("population", refusedField("{\"population\":\"171826\"}"));
        assertEquals("votes", refusedField("{\"votes\":true}"));
        assertEquals("percent", refusedField("{\"percent\":\"12.5\"}"));
    }

    @Test
    void aStringOrANumberForABooleanIsRefused() {
        assertEquals("unanimous", refusedField("{\"unanimous\":\"true\"}"));
        assertEquals("unanimous", refusedField("{\"unanimous\":1}"));
    }

    @Test
    void numbersAndBooleansAsTheyAreBind() throws Exception {
        Body body = JSON.readValue("{\"votes\":7,\"population\":171826,\"year\":2019,\"unanimous\":false,\"percent\":12.5}", Body.class);
        assertEquals(new Body(7, 171_826L, 2019, false, new BigDecimal("12.5")), body);
    }

    @Test
    void decimalsAreWrittenPlain() throws Exception {
        assertEquals("{\"votes\":null,\"population\":0,\"year\":0,\"unanimous\":null,\"percent\":100}",
                JSON.writeValueAsString(new Body(null, 0, 0, null, new BigDecimal("1E+2"))));
    }
}
