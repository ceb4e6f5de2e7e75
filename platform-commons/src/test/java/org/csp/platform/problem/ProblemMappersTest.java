package org.csp.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.csp.platform.http.ExactJsonScalars;
import org.csp.platform.http.NoNulCharactersInJson;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    private final ObjectMapper json = new ObjectMapper();
    private final ProblemMappers mappers = new ProblemMappers();

    ProblemMappersTest() {
        mappers.responses = new ProblemResponses();
        mappers.responses.json = json;
    }

    @Test
    void aUniqueViolationThatEscapesTheServiceIsAGeneric409NotA500() throws Exception {
        SQLException duplicate = new SQLException("ERROR: duplicate key value violates unique constraint "
                + "\"partnership_group_code\" Detail: Key (code)=(exec) already exists.", "23505");
        Response response = mappers.unexpected(new PersistenceException("commit failed",
                new ConstraintViolationException("could not execute statement", duplicate, "partnership_group_code")), null);

        assertEquals(409, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        JsonNode problem = json.readTree((String) response.getEntity());
        assertEquals(Problem.TYPE_BASE + "conflict", problem.get("type").asText());
        assertEquals(409, problem.get("status").asInt());
        String body = problem.toString().toLowerCase();
        assertFalse(body.contains("partnership_group_code") || body.contains("duplicate key") || body.contains("sql"), body);
    }

    @Test
    void aVersionCheckThatFailsAtCommitIsA409ConcurrentModificationNotA500() throws Exception {
        // What a @Transactional method throws when its flush at commit finds the row's version moved on.
        jakarta.transaction.RollbackException rollback = new jakarta.transaction.RollbackException("Could not commit transaction");
        rollback.initCause(new org.hibernate.StaleObjectStateException("org.csp.Assessment", 7));
        Exception atCommit = new io.quarkus.arc.ArcUndeclaredThrowableException("Error invoking subclass method", rollback);
        Response response = mappers.unexpected(atCommit, null);

        assertEquals(409, response.getStatus());
        JsonNode problem = json.readTree((String) response.getEntity());
        assertEquals(Problem.TYPE_BASE + "concurrent-modification", problem.get("type").asText());
    }

    @Test
    void aParameterThatDoesNotConvertIsA400NamingItLikeABeanValidationError() throws Exception {
        // Quarkus REST wraps a query or path parameter converter's exception in a 404.
        Response response = mappers.web(new NotFoundException(ApiException.invalidField("bidId", "must be a UUID")), null);

        assertEquals(400, response.getStatus());
        JsonNode problem = json.readTree((String) response.getEntity());
        assertEquals(Problem.TYPE_BASE + "validation", problem.get("type").asText());
        assertEquals("bidId: must be a UUID", problem.get("detail").asText());
        assertEquals("bidId", problem.at("/errors/0/field").asText());
        assertEquals("must be a UUID", problem.at("/errors/0/message").asText());
    }

    @Test
    void aNulCharacterInTheBodyIsNamedAsSuchWithItsField() throws Exception {
        ObjectMapper guarded = new ObjectMapper();
        new NoNulCharactersInJson().customize(guarded);
        JsonProcessingException refused = assertThrows(JsonProcessingException.class,
                () -> guarded.readValue("{\"name\":\"Cllr\\u0000\"}", Named.class));

        JsonNode problem = json.readTree((String) mappers.unreadableJson(refused, null).getEntity());

        assertEquals("name: contains a NUL character", problem.get("detail").asText());
        assertEquals("name", problem.at("/errors/0/field").asText());
    }

    public record Named(String name) {
    }

    public record Step(String purpose) {
    }

    public record Path(String title, java.util.List<Step> steps) {
    }

    @Test
    void aFieldGivenTwiceIsNamedWithItsWholePath() throws Exception {
        ObjectMapper strict = new ObjectMapper();
        new ExactJsonScalars().customize(strict);
        for (var c : java.util.Map.of(
                "{\"title\":\"A\",\"title\":\"B\"}", "title",
                "{\"steps\":[{\"purpose\":\"a\"},{\"purpose\":\"b\",\"purpose\":\"c\"}]}", "steps[1].purpose").entrySet()) {
            JsonProcessingException refused = assertThrows(JsonProcessingException.class, () -> strict.readValue(c.getKey(), Path.class));

            JsonNode problem = json.readTree((String) mappers.unreadableJson(refused, null).getEntity());

            assertEquals(Problem.TYPE_BASE + "malformed-body", problem.get("type").asText());
            assertEquals(c.getValue() + ": given more than once", problem.get("detail").asText());
            assertEquals(c.getValue(), problem.at("/errors/0/field").asText());
        }
    }

    @Test
    void theJsonReadersOwn400ForAnUnreadableBodyIsAMalformedBodyProblem() throws Exception {
        ObjectMapper strict = new ObjectMapper();
        new ExactJsonScalars().customize(strict);
        JsonProcessingException trailing = assertThrows(JsonProcessingException.class,
                () -> strict.readValue("{\"name\":\"A\"} xyz", Named.class));

        Response response = mappers.web(new jakarta.ws.rs.WebApplicationException(trailing, 400), null);

        assertEquals(400, response.getStatus());
        JsonNode problem = json.readTree((String) response.getEntity());
        assertEquals(Problem.TYPE_BASE + "malformed-body", problem.get("type").asText());
        assertEquals("the body is not well-formed JSON", problem.get("detail").asText());
    }

    @Test
    void aPlain404StaysA404() {
        assertEquals(404, mappers.web(new NotFoundException(), null).getStatus());
    }
}
