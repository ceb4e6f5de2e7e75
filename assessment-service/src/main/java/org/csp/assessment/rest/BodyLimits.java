package org.csp.assessment.rest;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.csp.assessment.config.AssessmentConfig;

/**
 * Only the street-level CSV import may send a large (streamed) body: the server-wide limit is raised for it,
 * and every other request is held to {@code csp.assessment.imports.max-json-body-bytes}. A larger declared
 * body gets 413 and a chunked body (no declared length) gets 411, both as problem details, before it is read.
 */
@ApplicationScoped
public class BodyLimits {

    static final String LARGE_BODY_PATH = "/api/v1/statistics/imports/street-level";

    void install(@Observes Router router, AssessmentConfig config) {
        long limit = config.imports().maxJsonBodyBytes();
        router.route().order(-1000).handler(ctx -> {
            String path = ctx.normalizedPath();
            if (LARGE_BODY_PATH.equals(path) || !path.startsWith("/api/")) {
                ctx.next();
                return;
            }
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            String encoding = ctx.request().getHeader(HttpHeaders.TRANSFER_ENCODING);
            if (length == null && encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked")) {
                refuse(ctx, 411, "http-411", "Length Required", "send the body with a Content-Length (at most " + limit + " bytes)");
                return;
            }
            if (length != null) {
                long declared;
                try {
                    declared = Long.parseLong(length.trim());
                } catch (NumberFormatException e) {
                    refuse(ctx, 400, "malformed-body", "Request body is not valid", "Content-Length is not a number");
                    return;
                }
                if (declared > limit) {
                    refuse(ctx, 413, "http-413", "Payload Too Large", "the body may be at most " + limit + " bytes");
                    return;
                }
            }
            ctx.next();
        });
    }

    private static void refuse(io.vertx.ext.web.RoutingContext ctx, int status, String type, String title, String detail) {
        String body = "{\"type\":\"https://csp.example.org/problems/" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}";
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader(HttpHeaders.CONNECTION, "close").end(body);
    }
}
