package org.csp.platform.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * The rules every answer to a malformed request must keep: never a 5xx, and every 4xx an RFC 9457 problem
 * ({@code application/problem+json} with a JSON object body carrying {@code type}, {@code title} and a
 * {@code status} equal to the HTTP status). Pure, so it can be tested against fabricated responses.
 */
public final class ResponseChecker {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ResponseChecker() {
    }

    /** @return what is wrong with the response, or empty when it keeps the rules */
    public static Optional<String> check(int status, String contentType, String body) {
        if (status >= 500) {
            return Optional.of("server error " + status);
        }
        if (status < 400) {
            return Optional.empty();
        }
        if (contentType == null || !contentType.toLowerCase().startsWith("application/problem+json")) {
            return Optional.of(status + " with content type '" + contentType + "' instead of application/problem+json");
        }
        JsonNode problem;
        try {
            problem = MAPPER.readTree(body == null ? "" : body);
        } catch (Exception e) {
            return Optional.of(status + " with a problem body that is not JSON");
        }
        if (problem == null || !problem.isObject()) {
            return Optional.of(status + " with a problem body that is not a JSON object");
        }
        if (!problem.path("type").isTextual() || problem.path("type").asText().isBlank()) {
            return Optional.of(status + " problem without a type");
        }
        if (!problem.path("title").isTextual() || problem.path("title").asText().isBlank()) {
            return Optional.of(status + " problem without a title");
        }
        if (!problem.path("status").isInt() || problem.path("status").asInt() != status) {
            return Optional.of(status + " problem whose status is " + problem.path("status"));
        }
        return Optional.empty();
    }
}
