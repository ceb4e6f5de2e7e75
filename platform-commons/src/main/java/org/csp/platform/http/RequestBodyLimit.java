package org.csp.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.csp.platform.problem.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Holds every request to its body limit ({@link BodyLimitConfig}) before a byte of the body is read, answering in
 * the platform's problem format: 413 for a declared body over the limit, 400 for a Content-Length that is not a
 * number, and 411 for a body of no declared length (chunked) except on a large-body path.
 * <p>
 * Chunked bodies are refused up front rather than counted while they stream: a refusal in mid-upload races the
 * client still sending (it often sees a reset connection, not the answer), and Quarkus' own check of a streamed
 * body answers an empty 413 after the request has reached the endpoint. A large-body path streams up to its own
 * limit, which is the server-wide {@code quarkus.http.limits.max-body-size}.
 */
@ApplicationScoped
public class RequestBodyLimit {

    /** Just before Quarkus' own check of the declared length, which answers with an empty body. */
    static final int ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1;

    @Inject
    BodyLimitConfig config;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> serverLimit;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        Limits limits = Limits.of(config);
        serverLimit.ifPresent(server -> limits.requireServerLimitAtLeast(server.asLongValue()));
        router.route().order(ORDER).handler(context -> check(context, limits));
    }

    private void check(RoutingContext context, Limits limits) {
        String path = context.normalizedPath();
        HttpServerRequest request = context.request();
        Optional<Problem.Builder> refusal = refusal(request.getHeader(HttpHeaders.CONTENT_LENGTH),
                request.headers().contains(HttpHeaders.TRANSFER_ENCODING), limits.of(path), limits.mayStream(path));
        if (refusal.isEmpty()) {
            context.next();
            return;
        }
        Problem problem = refusal.get().instance(path).build();
        context.response().setStatusCode(problem.status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(write(problem));
    }

    /** The problem to answer for a request with these body headers, or none to let it through. */
    static Optional<Problem.Builder> refusal(String contentLength, boolean transferEncoded, long limit, boolean mayStream) {
        if (contentLength != null) {
            long declared;
            try {
                declared = Long.parseLong(contentLength.trim());
            } catch (NumberFormatException e) {
                declared = -1;
            }
            if (declared < 0) {
                return Optional.of(Problem.of(400, "malformed-content-length", "Request is not valid")
                        .detail("Content-Length: must be a number of bytes")
                        .errors(List.of(new Problem.FieldError("Content-Length", "must be a number of bytes"))));
            }
            if (declared > limit) {
                return Optional.of(Problem.of(413, "payload-too-large", "Request body too large")
                        .detail("the request body is larger than the limit of " + limit + " bytes").with("maxBodyBytes", limit));
            }
        } else if (transferEncoded && !mayStream) {
            return Optional.of(Problem.of(411, "length-required", "Length required")
                    .detail("send the body with a Content-Length (at most " + limit + " bytes), not chunked")
                    .with("maxBodyBytes", limit));
        }
        return Optional.empty();
    }

    private String write(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            return "{\"type\":\"" + problem.type + "\",\"title\":\"" + problem.title + "\",\"status\":" + problem.status + "}";
        }
    }

    /** The limits of {@link BodyLimitConfig} in bytes. */
    record Limits(long normal, Set<String> largeBodyPaths, long large) {

        static Limits of(BodyLimitConfig config) {
            long normal = config.maxBodySize().asLongValue();
            return new Limits(normal, config.largeBodyPaths().orElse(Set.of()),
                    config.largeBodyMaxSize().map(MemorySize::asLongValue).orElse(normal));
        }

        long of(String path) {
            return mayStream(path) ? large : normal;
        }

        boolean mayStream(String path) {
            return largeBodyPaths.contains(path);
        }

        /** Quarkus refuses larger bodies itself, with an empty answer, so its limit must not be the smaller one. */
        void requireServerLimitAtLeast(long server) {
            long largest = Math.max(normal, largeBodyPaths.isEmpty() ? normal : large);
            if (server < largest) {
                throw new IllegalStateException("quarkus.http.limits.max-body-size (" + server + " bytes) is below the "
                        + "largest csp.http body limit (" + largest + " bytes); leave it to follow csp.http.*");
            }
        }
    }
}
