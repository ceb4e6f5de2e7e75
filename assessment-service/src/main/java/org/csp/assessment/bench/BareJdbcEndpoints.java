package org.csp.assessment.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The benchmark ceiling for the read API (benchmarks/, docs/benchmarks.md): the same SQL as
 * {@code GET /api/v1/assessments/{id}} and {@code GET /api/v1/audit} run with plain JDBC on the service's own
 * connection pool, answered straight from a Vert.x route: no JAX-RS, no Hibernate, no security, no validation.
 *
 * <p>Registered ONLY when {@code csp.benchmark.enabled=true} (off by default; the benchmark's launcher sets it
 * with the environment variable {@code CSP_BENCHMARK_ENABLED=true}). It is a raw Vert.x route, so it is not in
 * the OpenAPI document. Production never sets the flag, so these paths answer 404 there.
 */
@ApplicationScoped
public class BareJdbcEndpoints {

    static final String ASSESSMENT_PATH = "/bench/bare/assessments/:id";
    static final String AUDIT_PATH = "/bench/bare/audit";

    private static final Logger LOG = Logger.getLogger(BareJdbcEndpoints.class);

    // What Hibernate runs for StrategicAssessment.findById and the lazy @OrderBy("position") priorities.
    private static final String ASSESSMENT_SQL = "select id, area_code, financial_year, title, status, published_at,"
            + " created_at, version from strategic_assessment where id = ?";
    private static final String PRIORITIES_SQL = "select id, position, title, rationale from recommended_priority"
            + " where assessment_id = ? order by position";
    // What Panache runs for AuditResource.list: the page, then the count.
    private static final String AUDIT_PAGE_SQL = "select id, occurred_at, actor_subject, actor_agency, action,"
            + " resource_type, resource_id, changes from audit_entry where resource_type = ? and resource_id = ?"
            + " order by occurred_at desc, id offset ? rows fetch first ? rows only";
    private static final String AUDIT_COUNT_SQL = "select count(*) from audit_entry where resource_type = ? and resource_id = ?";

    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;
    @ConfigProperty(name = "csp.benchmark.enabled", defaultValue = "false")
    boolean enabled;

    void register(@Observes Router router) {
        if (!enabled) {
            return;
        }
        LOG.warn("csp.benchmark.enabled=true: bare JDBC benchmark endpoints are exposed under /bench/bare (never in production)");
        // ordered=false: requests run in parallel on the worker pool, as JAX-RS blocking endpoints do.
        router.get(ASSESSMENT_PATH).blockingHandler(this::assessment, false);
        router.get(AUDIT_PATH).blockingHandler(this::audit, false);
    }

    void assessment(RoutingContext ctx) {
        UUID id;
        try {
            id = UUID.fromString(ctx.pathParam("id"));
        } catch (IllegalArgumentException e) {
            ctx.response().setStatusCode(400).end();
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            Map<String, Object> view = new LinkedHashMap<>();
            long version;
            try (PreparedStatement s = c.prepareStatement(ASSESSMENT_SQL)) {
                s.setObject(1, id);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        ctx.response().setStatusCode(404).end();
                        return;
                    }
                    version = r.getLong("version");
                    view.put("id", r.getObject("id", UUID.class));
                    view.put("areaCode", r.getString("area_code"));
                    view.put("financialYear", r.getString("financial_year"));
                    view.put("title", r.getString("title"));
                    view.put("status", r.getString("status"));
                    Timestamp published = r.getTimestamp("published_at");
                    view.put("publishedAt", published == null ? null : published.toInstant());
                    view.put("version", version);
                }
            }
            List<Map<String, Object>> priorities = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(PRIORITIES_SQL)) {
                s.setObject(1, id);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Map<String, Object> p = new LinkedHashMap<>();
                        p.put("id", r.getObject("id", UUID.class));
                        p.put("position", r.getInt("position"));
                        p.put("title", r.getString("title"));
                        p.put("rationale", r.getString("rationale"));
                        priorities.add(p);
                    }
                }
            }
            view.put("priorities", priorities);
            ctx.response().putHeader("Content-Type", "application/json").putHeader("ETag", "\"" + version + "\"")
                    .end(json.writeValueAsString(view));
        } catch (SQLException | RuntimeException | java.io.IOException e) {
            fail(ctx, e);
        }
    }

    void audit(RoutingContext ctx) {
        String type = ctx.request().getParam("resourceType");
        String resourceId = ctx.request().getParam("resourceId");
        int page;
        int size;
        try {
            page = Integer.parseInt(ctx.request().getParam("page", "0"));
            size = Integer.parseInt(ctx.request().getParam("size", "20"));
        } catch (NumberFormatException e) {
            ctx.response().setStatusCode(400).end();
            return;
        }
        if (type == null || resourceId == null || page < 0 || size < 1 || size > 200) {
            ctx.response().setStatusCode(400).end();
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            List<Map<String, Object>> items = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(AUDIT_PAGE_SQL)) {
                s.setString(1, type);
                s.setString(2, resourceId);
                s.setInt(3, page * size);
                s.setInt(4, size);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Map<String, Object> e = new LinkedHashMap<>();
                        e.put("id", r.getString("id"));
                        e.put("occurredAt", r.getTimestamp("occurred_at").toInstant());
                        e.put("actorSubject", r.getString("actor_subject"));
                        e.put("actorAgency", r.getString("actor_agency"));
                        e.put("action", r.getString("action"));
                        e.put("resourceType", r.getString("resource_type"));
                        e.put("resourceId", r.getString("resource_id"));
                        String changes = r.getString("changes");
                        e.put("changes", changes == null ? null : parse(changes));
                        items.add(e);
                    }
                }
            }
            long total;
            try (PreparedStatement s = c.prepareStatement(AUDIT_COUNT_SQL)) {
                s.setString(1, type);
                s.setString(2, resourceId);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    total = r.getLong(1);
                }
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("items", items);
            body.put("page", page);
            body.put("size", size);
            body.put("totalItems", total);
            body.put("totalPages", (int) ((total + size - 1) / size));
            ctx.response().putHeader("Content-Type", "application/json").end(json.writeValueAsString(body));
        } catch (SQLException | RuntimeException | java.io.IOException e) {
            fail(ctx, e);
        }
    }

    private JsonNode parse(String changes) {
        try {
            return json.readTree(changes);
        } catch (Exception e) {
            return json.getNodeFactory().textNode(changes);
        }
    }

    private static void fail(RoutingContext ctx, Exception e) {
        LOG.warnf("bare benchmark endpoint failed: %s", e.toString());
        if (!ctx.response().ended()) {
            ctx.response().setStatusCode(500).end();
        }
    }
}
