package org.csp.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.csp.platform.problem.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a request whose declared body is over {@code quarkus.http.limits.max-body-size} with a 413 problem
 * body. Quarkus refuses such a request itself, but with an empty body; this route runs just before its check
 * (same order, registered earlier) and refuses the same requests in the platform's problem format.
 */
@ApplicationScoped
public class RequestSizeLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        if (maxBodySize.isEmpty()) {
            return;
        }
        long limit = maxBodySize.get().asLongValue();
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && isOver(declared, limit)) {
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(body(limit, context.request().path()));
                return;
            }
            context.next();
        });
    }

    private static boolean isOver(String declared, long limit) {
        try {
            return Long.parseLong(declared.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String body(long limit, String path) {
        Problem problem = Problem.of(413, "payload-too-large", "Request body too large")
                .detail("the request body is larger than the limit of " + limit + " bytes").instance(path).build();
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            return "{\"type\":\"" + problem.type + "\",\"title\":\"" + problem.title + "\",\"status\":413}";
        }
    }
}
