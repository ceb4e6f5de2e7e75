package org.csp.platform.problem;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal that domain or service code raises with the status and problem type it should get.
 * Extensions carry the figures of the rule (for example the remaining balance) into the problem body.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public ApiException(int status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public ApiException with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public static ApiException notFound(String resource, Object id) {
        return new ApiException(404, "not-found", "Resource not found", resource + " " + id + " does not exist");
    }

    /** 422: the request is well formed but a business rule refuses it. */
    public static ApiException rule(String type, String detail) {
        return new ApiException(422, type, "Business rule violated", detail);
    }

    /** 409: the resource's current state does not allow the operation. */
    public static ApiException conflict(String type, String detail) {
        return new ApiException(409, type, "Conflict with the current state", detail);
    }

    /** 400 for one named field that bean validation cannot express. */
    public static ApiException invalidField(String field, String message) {
        return new InvalidFieldException(field, message);
    }

    public static ApiException preconditionRequired() {
        return new ApiException(428, "precondition-required", "If-Match header required",
                "send the resource's current ETag in If-Match to update it");
    }

    public static ApiException stale(String current) {
        return new ApiException(412, "precondition-failed", "Resource has changed",
                "If-Match does not match the current version " + current + "; re-read it and retry")
                .with("currentETag", current);
    }

    /** A single invalid field, reported like a bean-validation error. */
    public static final class InvalidFieldException extends ApiException {
        private final String field;

        InvalidFieldException(String field, String message) {
            super(400, "validation", "Request is not valid", field + ": " + message);
            this.field = field;
        }

        public String field() {
            return field;
        }

        public String fieldMessage() {
            return getMessage().substring(field.length() + 2);
        }
    }
}
