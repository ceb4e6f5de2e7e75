package org.csp.platform.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The benchmark ceilings of the read API (benchmarks/, docs/benchmarks.md): bare endpoints that run the same SQL
 * as a framework endpoint with plain JDBC on the service's own connection pool, answered straight from a Vert.x
 * route: no JAX-RS, no Hibernate, no security, no validation.
 *
 * <p>Registered ONLY when {@code csp.benchmark.enabled=true} (off by default; the benchmark's launcher sets it
 * with the environment variable {@code CSP_BENCHMARK_ENABLED=true}). They are raw Vert.x routes, so they are not
 * in the OpenAPI document. Production never sets the flag, so these paths answer 404 there.
 *
 * <p>Every service gets {@value #AUDIT_PATH}, the twin of {@code GET /api/v1/audit}; each service adds its own
 * endpoints with a {@link BareRoutes} bean.
 */
@ApplicationScoped
public class BareJdbc {

    public static final String AUDIT_PATH = "/bench/bare/audit";
    /** Hibernate's default batch size in Quarkus: eager collections of a page load in batches of this many owners. */
    public static final int BATCH_SIZE = 16;

    private static final Logger LOG = Logger.getLogger(BareJdbc.class);

    // What Panache runs for AuditResource.list: the page, then the count.
    private static final String AUDIT_PAGE_SQL = "select id, occurred_at, actor_subject, actor_agency, action,"
            + " resource_type, resource_id, changes from audit_entry where resource_type = ? and resource_id = ?"
            + " order by occurred_at desc, id offset ? rows fetch first ? rows only";
    private static final String AUDIT_COUNT_SQL = "select count(*) from audit_entry where resource_type = ? and resource_id = ?";

    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;
    @Inject
    Instance<BareRoutes> services;
    @ConfigProperty(name = "csp.benchmark.enabled", defaultValue = "false")
    boolean enabled;

    void register(@Observes Router router) {
        if (!enabled) {
            return;
        }
        LOG.warn("csp.benchmark.enabled=true: bare JDBC benchmark endpoints are exposed under /bench/bare (never in production)");
        get(router, AUDIT_PATH, this::audit);
        for (BareRoutes s : services) {
            s.register(router, this);
        }
    }

    /**
     * A GET route whose handler runs on the worker pool with a connection of the service's pool; ordered=false, so
     * requests run in parallel as JAX-RS blocking endpoints do. A failure answers 500 and is logged.
     */
    public void get(Router router, String path, BareQuery query) {
        router.get(path).blockingHandler(ctx -> {
            try (Connection c = dataSource.getConnection()) {
                query.handle(ctx, c);
            } catch (Exception e) {
                fail(ctx, e);
            }
        }, false);
    }

    /** Answers 200 with the body as JSON (the service's own ObjectMapper, so it formats as the framework does). */
    public void ok(RoutingContext ctx, Object body) throws Exception {
        ctx.response().putHeader("Content-Type", "application/json").end(json.writeValueAsString(body));
    }

    /** Answers 200 with the body and the ETag of the version, as {@code Etags.of(version)} does. */
    public void ok(RoutingContext ctx, Object body, long version) throws Exception {
        ctx.response().putHeader("ETag", "\"" + version + "\"");
        ok(ctx, body);
    }

    public static void status(RoutingContext ctx, int status) {
        ctx.response().setStatusCode(status).end();
    }

    /** The path parameter as a UUID, or null after answering 400. */
    public static UUID uuid(RoutingContext ctx, String name) {
        try {
            return UUID.fromString(ctx.pathParam(name));
        } catch (RuntimeException e) {
            status(ctx, 400);
            return null;
        }
    }

    /** ?page=0&size=20 as PageRequest takes them (page 0..100000, size 1..200), or null after answering 400. */
    public static int[] paging(RoutingContext ctx) {
        try {
            int page = Integer.parseInt(ctx.request().getParam("page", "0"));
            int size = Integer.parseInt(ctx.request().getParam("size", "20"));
            if (page >= 0 && page <= 100_000 && size >= 1 && size <= 200) {
                return new int[] {page, size};
            }
        } catch (NumberFormatException e) {
            // 400 below
        }
        status(ctx, 400);
        return null;
    }

    /** The shape of {@code org.csp.platform.paging.Page}. */
    public static Map<String, Object> page(List<?> items, int page, int size, long total) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items);
        body.put("page", page);
        body.put("size", size);
        body.put("totalItems", total);
        body.put("totalPages", (int) ((total + size - 1) / size));
        return body;
    }

    /** Runs a {@code select count(*)} with the given string parameters. */
    public static long count(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /**
     * Answers the one row {@code sql} selects for the path parameter {@code id}, as {@code view} maps it, with the
     * ETag of its {@code version}; 404 when there is none, 400 for an id that is not a UUID.
     */
    public void one(RoutingContext ctx, Connection c, String sql, RowView view) throws Exception {
        UUID id = uuid(ctx, "id");
        if (id == null) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    status(ctx, 404);
                    return;
                }
                Map<String, Object> body = view.of(r);
                ok(ctx, body, (Long) body.get("version"));
            }
        }
    }

    /**
     * Answers a page of ?page and ?size: {@code pageSql} takes the offset and the row count as its two
     * parameters; {@code countSql} counts every row, as Panache's page + count does.
     */
    public void pageOf(RoutingContext ctx, Connection c, String pageSql, String countSql, RowView view) throws Exception {
        int[] paging = paging(ctx);
        if (paging == null) {
            return;
        }
        List<Map<String, Object>> items = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(pageSql)) {
            s.setInt(1, paging[0] * paging[1]);
            s.setInt(2, paging[1]);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    items.add(view.of(r));
                }
            }
        }
        ok(ctx, page(items, paging[0], paging[1], count(c, countSql)));
    }

    /** A row as the JSON view of the framework's endpoint names its fields. */
    @FunctionalInterface
    public interface RowView {
        Map<String, Object> of(ResultSet row) throws SQLException;
    }

    /**
     * Loads a collection of many owners as Hibernate's batch loader does for an eager collection of a page:
     * {@code ... where owner = any (?)} with at most {@link #BATCH_SIZE} owners a statement. The SQL takes the
     * array as its only parameter; each row is handed to the consumer.
     */
    public static void batches(Connection c, String sql, String sqlType, List<?> owners, RowConsumer rows) throws SQLException {
        for (int from = 0; from < owners.size(); from += BATCH_SIZE) {
            List<?> batch = owners.subList(from, Math.min(owners.size(), from + BATCH_SIZE));
            try (PreparedStatement s = c.prepareStatement(sql)) {
                Array array = c.createArrayOf(sqlType, batch.toArray());
                s.setArray(1, array);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows.accept(r);
                    }
                }
            }
        }
    }

    /** A row of a result set. */
    @FunctionalInterface
    public interface RowConsumer {
        void accept(ResultSet row) throws SQLException;
    }

    public static Instant instant(ResultSet r, String column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    void audit(RoutingContext ctx, Connection c) throws Exception {
        String type = ctx.request().getParam("resourceType");
        String resourceId = ctx.request().getParam("resourceId");
        int[] paging = paging(ctx);
        if (paging == null) {
            return;
        }
        if (type == null || type.isBlank() || resourceId == null || resourceId.isBlank()) {
            status(ctx, 400);
            return;
        }
        int page = paging[0];
        int size = paging[1];
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
                    e.put("occurredAt", instant(r, "occurred_at"));
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
        long total = count(c, AUDIT_COUNT_SQL, type, resourceId);
        ok(ctx, page(items, page, size, total));
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
