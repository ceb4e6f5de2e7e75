package org.csp.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
@Schema(name = "Problem", description = "RFC 9457 problem details. Extra members carry the figures of a refused rule.")
public final class Problem {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://csp.example.org/problems/";

    @Schema(description = "URI identifying the problem type", example = "https://csp.example.org/problems/validation")
    public final String type;
    @Schema(description = "Short summary of the problem type", example = "Request is not valid")
    public final String title;
    @Schema(description = "HTTP status code", example = "400")
    public final int status;
    @Schema(description = "What went wrong in this occurrence", example = "amountPence: must be greater than or equal to 0")
    public final String detail;
    @Schema(description = "The request path", example = "/api/v1/bids")
    public final String instance;
    @Schema(description = "One entry per invalid field")
    public final List<FieldError> errors;
    private final Map<String, Object> extensions;

    private Problem(Builder b) {
        this.type = TYPE_BASE + b.type;
        this.title = b.title;
        this.status = b.status;
        this.detail = b.detail;
        this.instance = b.instance;
        this.errors = b.errors == null || b.errors.isEmpty() ? null : List.copyOf(b.errors);
        this.extensions = Map.copyOf(b.extensions);
    }

    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }

    public static Builder of(int status, String type, String title) {
        return new Builder(status, type, title);
    }

    @Schema(name = "FieldError", description = "A field that failed validation")
    public record FieldError(
            @Schema(description = "Path of the field in the request", example = "amountPence") String field,
            @Schema(description = "Why it was refused", example = "must be greater than or equal to 0") String message) {
    }

    public static final class Builder {
        private final int status;
        private final String type;
        private final String title;
        private String detail;
        private String instance;
        private List<FieldError> errors;
        private final Map<String, Object> extensions = new LinkedHashMap<>();

        private Builder(int status, String type, String title) {
            this.status = status;
            this.type = type;
            this.title = title;
        }

        public Builder detail(String detail) {
            this.detail = detail;
            return this;
        }

        public Builder instance(String instance) {
            this.instance = instance;
            return this;
        }

        public Builder errors(List<FieldError> errors) {
            this.errors = errors;
            return this;
        }

        public Builder with(String name, Object value) {
            if (value != null) {
                extensions.put(name, value);
            }
            return this;
        }

        public Builder with(Map<String, Object> values) {
            values.forEach(this::with);
            return this;
        }

        public Problem build() {
            return new Problem(this);
        }
    }
}
