package org.csp.platform.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/**
 * One operation of an OpenAPI document, as the fuzzer needs it.
 *
 * @param bodyMediaType the media type the operation consumes ({@code null} when it takes no body)
 * @param bodySchema    the resolved schema of the body ({@code null} when none or not JSON)
 * @param roles         the roles of its {@code security} requirement (empty when it declares none)
 */
public record FuzzOperation(String method, String pathTemplate, String operationId, List<Parameter> parameters,
        String bodyMediaType, JsonNode bodySchema, Set<String> roles) {

    /** A path, query or header parameter with its resolved schema. */
    public record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    public String label() {
        return method + " " + pathTemplate + " (" + operationId + ")";
    }

    public List<Parameter> parametersIn(String in) {
        return parameters.stream().filter(p -> p.in().equals(in)).toList();
    }
}
