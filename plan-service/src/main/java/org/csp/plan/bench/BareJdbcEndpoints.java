package org.csp.plan.bench;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.csp.platform.bench.BareJdbc;
import org.csp.platform.bench.BareRoutes;

/**
 * The read API's benchmark ceilings in plan-service (see {@link BareJdbc}): the same SQL as
 * {@code GET /api/v1/action-plans/{id}} and {@code GET /api/v1/action-plans} with plain JDBC, no framework layers.
 * Only registered when {@code csp.benchmark.enabled=true}.
 */
@ApplicationScoped
public class BareJdbcEndpoints implements BareRoutes {

    static final String ACTION_PLAN_PATH = "/bench/bare/action-plans/:id";
    static final String ACTION_PLANS_PATH = "/bench/bare/action-plans";

    private static final String COLUMNS = "id, created_at, financial_year, outcome, plan_id, theme_id, version";
    // What Hibernate runs for ActionPlan.findById (columns as Hibernate selects them).
    private static final String ACTION_PLAN_SQL = "select " + COLUMNS + " from action_plan where id = ?";
    // What Panache runs for ActionPlanService.list without filters: the page, then the count.
    private static final String PAGE_SQL = "select " + COLUMNS + " from action_plan where 1 = 1"
            + " order by financial_year, created_at, id offset ? rows fetch first ? rows only";
    private static final String COUNT_SQL = "select count(*) from action_plan where 1 = 1";

    @Override
    public void register(Router router, BareJdbc bare) {
        bare.get(router, ACTION_PLAN_PATH, (ctx, c) -> bare.one(ctx, c, ACTION_PLAN_SQL, BareJdbcEndpoints::view));
        bare.get(router, ACTION_PLANS_PATH, (ctx, c) -> bare.pageOf(ctx, c, PAGE_SQL, COUNT_SQL, BareJdbcEndpoints::view));
    }

    private static Map<String, Object> view(ResultSet r) throws SQLException {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", r.getObject("id", UUID.class));
        v.put("planId", r.getObject("plan_id", UUID.class));
        v.put("themeId", r.getObject("theme_id", UUID.class));
        v.put("financialYear", r.getString("financial_year"));
        v.put("outcome", r.getString("outcome"));
        v.put("version", r.getLong("version"));
        return v;
    }
}
