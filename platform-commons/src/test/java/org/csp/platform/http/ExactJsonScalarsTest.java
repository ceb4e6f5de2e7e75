package org.csp.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ExactJsonScalarsTest {

    public enum Kind { COMMITTEE, SUB_COMMITTEE }

    public record Body(Integer votes, long population, int year, Boolean unanimous, BigDecimal percent, String name, Kind kind,
            java.util.UUID bodyId) {
    }

    public record Dated(java.time.LocalDate meetingDate, java.time.Instant recordedAt, java.time.YearMonth month) {
    }

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule());

    static {
        new ExactJsonScalars().customize(JSON);
    }

    static String refusedField(String json) {
        return refusedField(json, Body.class);
    }

    static String refusedField(String json, Class<?> type) {
        JsonMappingException e = assertThrows(JsonMappingException.class, () -> JSON.readValue(json, type));
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
    void aNumberOrABooleanForATextIsRefusedNotTurnedIntoText() {
        assertEquals("name", refusedField("{\"name\":5}"));
        assertEquals("name", refusedField("{\"name\":5.5}"));
        assertEquals("name", refusedField("{\"name\":true}"));
    }

    @Test
    void aNumberForAnEnumIsRefusedNotTakenAsThePositionOfAConstant() {
        assertEquals("kind", refusedField("{\"kind\":1}"));
        assertEquals("kind", refusedField("{\"kind\":\"1\"}"));
    }

    @Test
    void anEmptyOrBlankStringForAUuidIsRefusedNotTakenAsNone() {
        assertEquals("bodyId", refusedField("{\"bodyId\":\"\"}"));
        assertEquals("bodyId", refusedField("{\"bodyId\":\"  \"}"));
    }

    @Test
    void aDateOrInstantIsReadOnlyFromItsIsoText() throws JsonProcessingException {
        assertEquals("meetingDate", refusedField("{\"meetingDate\":[2019,5,1]}", Dated.class));
        assertEquals("meetingDate", refusedField("{\"meetingDate\":18017}", Dated.class));
        assertEquals("recordedAt", refusedField("{\"recordedAt\":1556668800}", Dated.class));
        assertEquals("recordedAt", refusedField("{\"recordedAt\":1556668800.5}", Dated.class));
        assertEquals("month", refusedField("{\"month\":[2019,5]}", Dated.class));

        Dated body = JSON.readValue("{\"meetingDate\":\"2019-05-01\",\"recordedAt\":\"2019-05-01T18:30:00Z\","
                + "\"month\":\"2019-05\"}", Dated.class);
        assertEquals(java.time.LocalDate.of(2019, 5, 1), body.meetingDate());
        assertEquals(java.time.Instant.parse("2019-05-01T18:30:00Z"), body.recordedAt());
        assertEquals(java.time.YearMonth.of(2019, 5), body.month());
        assertEquals(null, JSON.readValue("{\"meetingDate\":null}", Dated.class).meetingDate());
    }

    @Test
    void contentAfterTheBodysOneJsonValueIsRefusedNotIgnored() {
        assertThrows(JsonProcessingException.class, () -> JSON.readValue("{\"name\":\"A\"} xyz", Body.class));
        assertThrows(JsonProcessingException.class, () -> JSON.readValue("{\"name\":\"A\"} {\"name\":\"B\"}", Body.class));
    }

    @Test
    void aFieldGivenTwiceIsRefusedNotDecidedByTheLastOne() {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> JSON.readValue("{\"name\":\"A\",\"votes\":1,\"name\":\"B\"}", Body.class));
        assertTrue(e.getOriginalMessage().startsWith("Duplicate field 'name'"), e.getOriginalMessage());
    }

    @Test
    void scalarsAsTheyAreBind() throws Exception {
        Body body = JSON.readValue("{\"votes\":7,\"population\":171826,\"year\":2019,\"unanimous\":false,\"percent\":12.5,"
                + "\"name\":\"5\",\"kind\":\"SUB_COMMITTEE\",\"bodyId\":\"1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a\"}", Body.class);
        assertEquals(new Body(7, 171_826L, 2019, false, new BigDecimal("12.5"), "5", Kind.SUB_COMMITTEE,
                java.util.UUID.fromString("1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a")), body);
    }

    @Test
    void decimalsAreWrittenPlain() throws Exception {
        assertEquals("{\"votes\":null,\"population\":0,\"year\":0,\"unanimous\":null,\"percent\":100,\"name\":null,\"kind\":null,"
                + "\"bodyId\":null}", JSON.writeValueAsString(new Body(null, 0, 0, null, new BigDecimal("1E+2"), null, null, null)));
    }
}
