package org.csp.platform.testing.fuzz;

import java.util.Map;

/**
 * One malformed request.
 *
 * @param path        the concrete path, already URL-encoded
 * @param query       query parameters (values not yet encoded)
 * @param contentType {@code null} to send no Content-Type
 * @param body        {@code null} to send no body
 */
public record FuzzCase(FuzzOperation operation, String name, String path, Map<String, String> query,
        Map<String, String> headers, String contentType, String body) {

    public String label() {
        return operation.label() + " / " + name;
    }
}
