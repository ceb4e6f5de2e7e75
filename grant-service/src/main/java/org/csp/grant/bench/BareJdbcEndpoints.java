package org.csp.grant.bench;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.csp.platform.bench.BareJdbc;
import org.csp.platform.bench.BareRoutes;

/**
 * The read API's benchmark ceilings in grant-service (see {@link BareJdbc}): the same SQL as
 * {@code GET /api/v1/awards/{id}} and {@code GET /api/v1/awards} with plain JDBC, no framework layers.
 * Only registered when {@code csp.benchmark.enabled=true}.
 */
@ApplicationScoped
public class BareJdbcEndpoints implements BareRoutes {

    static final String AWARD_PATH = "/bench/bare/awards/:id";
    static final String AWARDS_PATH = "/bench/bare/awards";

    private static final String COLUMNS = "a.id, a.allocated_pence, a.amount_pence, a.area_code, a.conditions, a.created_at,"
            + " a.created_by, a.drawn_pence, a.financial_year, a.funder, a.recipient, a.tactical_pot_pence, a.version";
    // What Hibernate runs for GrantAward.findById: the award with its eager obligations joined in.
    private static final String AWARD_SQL = "select " + COLUMNS + ", o.position, o.code, o.description, o.due_date"
            + " from grant_award a left join award_obligation o on o.award_id = a.id where a.id = ?";
    // What Panache runs for AwardResource.list without a year: the page, the eager obligations of its awards
    // (batches of 16), then the count.
    private static final String PAGE_SQL = "select " + COLUMNS + " from grant_award a"
            + " order by a.financial_year desc, a.funder, a.id offset ? rows fetch first ? rows only";
    private static final String OBLIGATIONS_SQL = "select award_id, position, code, description, due_date"
            + " from award_obligation where award_id = any (?)";
    private static final String COUNT_SQL = "select count(*) from grant_award";

    @Override
    public void register(Router router, BareJdbc bare) {
        bare.get(router, AWARD_PATH, (ctx, c) -> award(bare, ctx, c));
        bare.get(router, AWARDS_PATH, (ctx, c) -> awards(bare, ctx, c));
    }

    void award(BareJdbc bare, RoutingContext ctx, Connection c) throws Exception {
        UUID id = BareJdbc.uuid(ctx, "id");
        if (id == null) {
            return;
        }
        Map<String, Object> view = null;
        TreeMap<Integer, Map<String, Object>> obligations = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement(AWARD_SQL)) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (view == null) {
                        view = view(r);
                    }
                    if (r.getString("code") != null) {
                        obligations.put(r.getInt("position"), obligation(r));
                    }
                }
            }
        }
        if (view == null) {
            BareJdbc.status(ctx, 404);
            return;
        }
        view.put("obligations", new ArrayList<>(obligations.values()));
        reorder(view);
        bare.ok(ctx, view, (Long) view.get("version"));
    }

    void awards(BareJdbc bare, RoutingContext ctx, Connection c) throws Exception {
        int[] paging = BareJdbc.paging(ctx);
        if (paging == null) {
            return;
        }
        Map<UUID, Map<String, Object>> awards = new LinkedHashMap<>();
        Map<UUID, TreeMap<Integer, Map<String, Object>>> obligations = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(PAGE_SQL)) {
            s.setInt(1, paging[0] * paging[1]);
            s.setInt(2, paging[1]);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Map<String, Object> v = view(r);
                    awards.put((UUID) v.get("id"), v);
                    obligations.put((UUID) v.get("id"), new TreeMap<>());
                }
            }
        }
        BareJdbc.batches(c, OBLIGATIONS_SQL, "uuid", new ArrayList<>(awards.keySet()),
                r -> obligations.get(r.getObject("award_id", UUID.class)).put(r.getInt("position"), obligation(r)));
        List<Map<String, Object>> items = new ArrayList<>();
        awards.forEach((id, v) -> {
            v.put("obligations", new ArrayList<>(obligations.get(id).values()));
            reorder(v);
            items.add(v);
        });
        long total = BareJdbc.count(c, COUNT_SQL);
        bare.ok(ctx, BareJdbc.page(items, paging[0], paging[1], total));
    }

    /** AwardView's fields up to conditions; obligations, createdAt and version follow (see {@link #reorder}). */
    private static Map<String, Object> view(ResultSet r) throws SQLException {
        Map<String, Object> v = new LinkedHashMap<>();
        long amount = r.getLong("amount_pence");
        long pot = r.getLong("tactical_pot_pence");
        long allocated = r.getLong("allocated_pence");
        long drawn = r.getLong("drawn_pence");
        v.put("id", r.getObject("id", UUID.class));
        v.put("funder", r.getString("funder"));
        v.put("recipient", r.getString("recipient"));
        v.put("areaCode", r.getString("area_code"));
        v.put("financialYear", r.getString("financial_year"));
        v.put("amountPence", amount);
        v.put("tacticalPotPence", pot);
        v.put("allocatedPence", allocated);
        v.put("availableForAllocationPence", amount - pot - allocated);
        v.put("tacticalPotDrawnPence", drawn);
        v.put("tacticalPotRemainingPence", pot - drawn);
        v.put("conditions", r.getString("conditions"));
        v.put("createdAt", BareJdbc.instant(r, "created_at"));
        v.put("version", r.getLong("version"));
        return v;
    }

    /** Puts obligations before createdAt and version, as AwardView orders them. */
    private static void reorder(Map<String, Object> v) {
        Object created = v.remove("createdAt");
        Object version = v.remove("version");
        Object obligations = v.remove("obligations");
        v.put("obligations", obligations);
        v.put("createdAt", created);
        v.put("version", version);
    }

    private static Map<String, Object> obligation(ResultSet r) throws SQLException {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("code", r.getString("code"));
        o.put("description", r.getString("description"));
        o.put("dueDate", r.getDate("due_date").toLocalDate());
        return o;
    }
}
