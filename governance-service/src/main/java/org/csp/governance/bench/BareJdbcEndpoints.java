package org.csp.governance.bench;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
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
        bare.get(router, COUNCILLOR_PATH, (ctx, c) -> bare.one(ctx, c, COUNCILLOR_SQL, BareJdbcEndpoints::view));
        bare.get(router, COUNCILLORS_PATH, (ctx, c) -> bare.pageOf(ctx, c, PAGE_SQL, COUNT_SQL, BareJdbcEndpoints::view));
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
