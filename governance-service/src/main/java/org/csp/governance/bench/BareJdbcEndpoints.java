package org.csp.governance.bench;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csp.platform.bench.BareJdbc;
import org.csp.platform.bench.BareRoutes;

/**
 * The read API's benchmark ceilings in governance-service (see {@link BareJdbc}): the same SQL as
 * {@code GET /api/v1/councillors/{id}} and {@code GET /api/v1/councillors} with plain JDBC, no framework layers.
 * Only registered when {@code csp.benchmark.enabled=true}.
 */
@ApplicationScoped
public class BareJdbcEndpoints implements BareRoutes {

    static final String COUNCILLOR_PATH = "/bench/bare/councillors/:id";
    static final String COUNCILLORS_PATH = "/bench/bare/councillors";

    private static final String COLUMNS = "id, created_at, name, term_end, term_start, token_subject, version, ward";
    // What Hibernate runs for Councillor.findById.
    private static final String COUNCILLOR_SQL = "select " + COLUMNS + " from councillor where id = ?";
    // What Panache runs for PeopleResource.listCouncillors without filters: the page, then the count.
    private static final String PAGE_SQL = "select " + COLUMNS + " from councillor where 1 = 1"
            + " order by name, id offset ? rows fetch first ? rows only";
    private static final String COUNT_SQL = "select count(*) from councillor where 1 = 1";

    @Override
    public void register(Router router, BareJdbc bare) {
        bare.get(router, COUNCILLOR_PATH, (ctx, c) -> councillor(bare, ctx, c));
        bare.get(router, COUNCILLORS_PATH, (ctx, c) -> councillors(bare, ctx, c));
    }

    void councillor(BareJdbc bare, RoutingContext ctx, Connection c) throws Exception {
        UUID id = BareJdbc.uuid(ctx, "id");
        if (id == null) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(COUNCILLOR_SQL)) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    BareJdbc.status(ctx, 404);
                    return;
                }
                Map<String, Object> view = view(r);
                bare.ok(ctx, view, (Long) view.get("version"));
            }
        }
    }

    void councillors(BareJdbc bare, RoutingContext ctx, Connection c) throws Exception {
        int[] paging = BareJdbc.paging(ctx);
        if (paging == null) {
            return;
        }
        List<Map<String, Object>> items = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(PAGE_SQL)) {
            s.setInt(1, paging[0] * paging[1]);
            s.setInt(2, paging[1]);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    items.add(view(r));
                }
            }
        }
        long total = BareJdbc.count(c, COUNT_SQL);
        bare.ok(ctx, BareJdbc.page(items, paging[0], paging[1], total));
    }

    private static Map<String, Object> view(ResultSet r) throws SQLException {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", r.getObject("id", UUID.class));
        v.put("name", r.getString("name"));
        v.put("ward", r.getString("ward"));
        v.put("tokenSubject", r.getString("token_subject"));
        Date start = r.getDate("term_start");
        Date end = r.getDate("term_end");
        v.put("termStart", start.toLocalDate());
        v.put("termEnd", end == null ? null : end.toLocalDate());
        v.put("version", r.getLong("version"));
        return v;
    }
}
