package org.csp.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.csp.platform.http.NoNulCharactersInJson;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error the REST layer can give, as RFC 9457 problem details. Nothing reaches the client as a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    static final String BEARER_CHALLENGE = "Bearer realm=\"csp\"";

    @Inject
    ProblemResponses responses;

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        Problem.Builder problem = Problem.of(e.status(), e.type(), e.title()).detail(e.getMessage())
                .instance(path(uri)).with(e.extensions());
        if (e instanceof ApiException.InvalidFieldException invalid) {
            problem.errors(List.of(new Problem.FieldError(invalid.field(), invalid.fieldMessage())));
        }
        return responses.of(problem.build());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldOf(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + "; " + b)
                .orElse("request is not valid");
        return responses.of(Problem.of(400, "validation", "Request is not valid").detail(detail)
                .instance(path(uri)).errors(errors).build());
    }

    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class,
            ValueInstantiationException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        Problem.Builder problem = Problem.of(400, "malformed-body", "Request body is not valid").instance(path(uri));
        String duplicate = duplicateField(e);
        if (duplicate != null) {
            problem.detail(duplicate + ": given more than once").errors(List.of(new Problem.FieldError(duplicate, "given more than once")));
        } else if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping);
            String message = e instanceof UnrecognizedPropertyException ? "unknown field"
                    : e instanceof ValueInstantiationException ? "invalid value"
                    : NoNulCharactersInJson.MESSAGE.equals(mapping.getOriginalMessage()) ? NoNulCharactersInJson.MESSAGE
                    : "wrong type or format";
            problem.detail(field + ": " + message).errors(List.of(new Problem.FieldError(field, message)));
        } else {
            problem.detail("the body is not well-formed JSON");
        }
        return responses.of(problem.build());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof ApiException refusal) {
            // A parameter converter's refusal (ParameterConverters), which Quarkus REST wraps in a 404 or 400.
            return api(refusal, uri);
        }
        if (e.getCause() instanceof JsonProcessingException unreadable && e.getResponse().getStatus() == 400) {
            // The JSON reader's own 400 for a body it could not read (content after the JSON value, for one).
            return unreadableJson(unreadable, uri);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String title = original.getStatusInfo().getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "no resource at " + path(uri);
            case 405 -> "method not allowed on " + path(uri);
            case 406 -> "this resource answers application/json only";
            case 415 -> "send the body as application/json";
            default -> title;
        };
        Response.ResponseBuilder builder = responses.builder(
                Problem.of(status, "http-" + status, title).detail(detail).instance(path(uri)).build());
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            builder.header(HttpHeaders.ALLOW, allow);
        }
        return builder.build();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return responses.builder(Problem.of(401, "unauthenticated", "Authentication required")
                        .detail("a valid bearer token is required").instance(path(uri)).build())
                .header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return responses.of(Problem.of(403, "forbidden", "Not allowed")
                .detail("your role does not allow this operation").instance(path(uri)).build());
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentUpdate(RuntimeException e, UriInfo uri) {
        return concurrentModification(uri);
    }

    private Response concurrentModification(UriInfo uri) {
        return responses.of(Problem.of(409, "concurrent-modification", "Changed by someone else")
                .detail("the resource was changed by another request at the same time; re-read it and retry")
                .instance(path(uri)).build());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        ApiException wrapped = Failures.causeOf(e.getCause(), ApiException.class);
        if (wrapped != null) {
            return api(wrapped, uri);
        }
        ConstraintViolationException violation = Failures.causeOf(e.getCause(), ConstraintViolationException.class);
        if (violation != null) {
            return validation(violation, uri);
        }
        if (Failures.isConcurrentUpdate(e)) {
            // A version checked at commit (the flush of a @Transactional method) arrives wrapped, not as itself.
            return concurrentModification(uri);
        }
        if (Failures.isDatabaseUnavailable(e)) {
            LOG.warnf("database unavailable for %s: %s", LogSafe.clean(path(uri)), LogSafe.clean(e));
            return responses.builder(Problem.of(503, "service-unavailable", "Service temporarily unavailable")
                    .detail("the database cannot be reached; retry shortly").instance(path(uri)).build())
                    .header("Retry-After", "5").build();
        }
        if (Failures.isUniqueViolation(e)) {
            // The service checks its natural keys first (UniqueKeys); this is the race or the key it forgot.
            LOG.infof("unique key already taken on %s: %s", LogSafe.clean(path(uri)), LogSafe.clean(e));
            return responses.of(Problem.of(409, "conflict", "Conflict with the current state")
                    .detail("a resource with the same unique value already exists; re-read and retry")
                    .instance(path(uri)).build());
        }
        if (Failures.isInvalidData(e)) {
            LOG.debugf("database refused a request value on %s: %s", LogSafe.clean(path(uri)), LogSafe.clean(e));
            return responses.of(Problem.of(400, "invalid-value", "Request is not valid")
                    .detail("a value in the request cannot be stored: it is out of range or contains a character"
                            + " that is not allowed (such as NUL)")
                    .instance(path(uri)).build());
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error %s on %s", incident, LogSafe.clean(path(uri)));
        return responses.of(Problem.of(500, "internal-error", "Internal error")
                .detail("an unexpected error occurred; quote incident " + incident).with("incident", incident)
                .instance(path(uri)).build());
    }

    /** {@code create.request.amountPence} becomes {@code amountPence}; a bare parameter keeps its name. */
    static String fieldOf(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            String name = node.getName();
            if (node.getIndex() != null && !names.isEmpty()) {
                names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
            }
            if (name != null && !name.startsWith("<")) {
                names.add(name);
            }
        }
        if (names.size() > 2) {
            return String.join(".", names.subList(2, names.size()));
        }
        return names.isEmpty() ? "request" : names.get(names.size() - 1);
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? "body" : out.toString();
    }

    /**
     * The path of a field given twice in one object ({@code ExactJsonScalars} refuses that), from the parser's context
     * (databind wraps the parser's refusal when it comes inside a nested object); null for any other refusal.
     */
    private static String duplicateField(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamReadException read && read.getProcessor() != null && read.getOriginalMessage() != null
                    && read.getOriginalMessage().startsWith("Duplicate field")) {
                return pathOf(read.getProcessor().getParsingContext());
            }
        }
        return null;
    }

    private static String pathOf(JsonStreamContext context) {
        String path = "";
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            String segment = c.inArray() ? "[" + c.getCurrentIndex() + "]" : c.getCurrentName();
            if (segment != null) {
                path = segment + (path.isEmpty() || path.startsWith("[") ? "" : ".") + path;
            }
        }
        return path.isEmpty() ? null : path;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
