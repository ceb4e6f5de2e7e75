package org.csp.assessment.bench;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.csp.platform.bench.BareJdbc;
import org.csp.platform.bench.BareRoutes;

/**
 * The read API's benchmark ceilings in assessment-service (see {@link BareJdbc}): the same SQL as
 * {@code GET /api/v1/assessments/{id}} and {@code GET /api/v1/areas} with plain JDBC, no framework layers.
 * Only registered when {@code csp.benchmark.enabled=true}.
 */
@ApplicationScoped
public class BareJdbcEndpoints implements BareRoutes {

    static final String ASSESSMENT_PATH = "/bench/bare/assessments/:id";
    static final String AREAS_PATH = "/bench/bare/areas";

    // What Hibernate runs for StrategicAssessment.findById (the eager pending-data notes joined in), then the lazy
    // @OrderBy("position") priorities, then their eager evidence and categories (one batch for up to 16 priorities).
    private static final String ASSESSMENT_SQL = "select a.id, a.area_code, a.created_at, a.financial_year, a.title, a.status,"
            + " a.published_at, a.endorsed_at, a.endorsed_by_decision, a.version, n.position, n.text"
            + " from strategic_assessment a left join pending_data_note n on n.assessment_id = a.id where a.id = ?";
    private static final String PRIORITIES_SQL = "select id, position, title, rationale from recommended_priority"
            + " where assessment_id = ? order by position";
    private static final String CATEGORIES_SQL = "select priority_id, category_code from priority_category"
            + " where priority_id = any (?)";
    private static final String EVIDENCE_SQL = "select priority_id, position, kind, ref_id, summary from priority_evidence"
            + " where priority_id = any (?)";
    // What Panache runs for AreaResource.list: the page, the eager populations of its areas (batches of 16), the count.
    private static final String AREAS_PAGE_SQL = "select code, created_at, name, version from area order by code"
            + " offset ? rows fetch first ? rows only";
    private static final String POPULATIONS_SQL = "select area_code, year, population from area_population"
            + " where area_code = any (?)";
    private static final String AREAS_COUNT_SQL = "select count(*) from area";

    @Override
    public void register(Router router, BareJdbc bare) {
        bare.get(router, ASSESSMENT_PATH, (ctx, c) -> assessment(bare, ctx, c));
        bare.get(router, AREAS_PATH, (ctx, c) -> areas(bare, ctx, c));
    }

    void assessment(BareJdbc bare, RoutingContext ctx, Connection c) throws Exception {
        UUID id = BareJdbc.uuid(ctx, "id");
        if (id == null) {
            return;
        }
        Map<String, Object> view = new LinkedHashMap<>();
        TreeMap<Integer, String> notes = new TreeMap<>();
        long version = 0;
        try (PreparedStatement s = c.prepareStatement(ASSESSMENT_SQL)) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (view.isEmpty()) {
                        version = r.getLong("version");
                        view.put("id", r.getObject("id", UUID.class));
                        view.put("areaCode", r.getString("area_code"));
                        view.put("financialYear", r.getString("financial_year"));
                        view.put("title", r.getString("title"));
                        view.put("status", r.getString("status"));
                        view.put("publishedAt", BareJdbc.instant(r, "published_at"));
                        view.put("endorsedAt", BareJdbc.instant(r, "endorsed_at"));
                        view.put("endorsedByDecision", r.getObject("endorsed_by_decision", UUID.class));
                        view.put("version", version);
                    }
                    String text = r.getString("text");
                    if (text != null) {
                        notes.put(r.getInt("position"), text);
                    }
                }
            }
        }
        if (view.isEmpty()) {
            BareJdbc.status(ctx, 404);
            return;
        }
        view.put("pendingData", new ArrayList<>(notes.values()));
        List<Map<String, Object>> priorities = new ArrayList<>();
        Map<UUID, Set<String>> categories = new LinkedHashMap<>();
        Map<UUID, TreeMap<Integer, Map<String, Object>>> evidence = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(PRIORITIES_SQL)) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    UUID pid = r.getObject("id", UUID.class);
                    Map<String, Object> p = new LinkedHashMap<>();
                    p.put("id", pid);
                    p.put("position", r.getInt("position"));
                    p.put("title", r.getString("title"));
                    p.put("rationale", r.getString("rationale"));
                    priorities.add(p);
                    categories.put(pid, new HashSet<>());
                    evidence.put(pid, new TreeMap<>());
                }
            }
        }
        List<UUID> ids = new ArrayList<>(categories.keySet());
        BareJdbc.batches(c, EVIDENCE_SQL, "uuid", ids, r -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("kind", r.getString("kind"));
            e.put("id", r.getObject("ref_id", UUID.class));
            e.put("summary", r.getString("summary"));
            evidence.get(r.getObject("priority_id", UUID.class)).put(r.getInt("position"), e);
        });
        BareJdbc.batches(c, CATEGORIES_SQL, "uuid", ids,
                r -> categories.get(r.getObject("priority_id", UUID.class)).add(r.getString("category_code")));
        for (Map<String, Object> p : priorities) {
            p.put("categoryCodes", new ArrayList<>(categories.get((UUID) p.get("id"))));
            p.put("evidence", new ArrayList<>(evidence.get((UUID) p.get("id")).values()));
        }
        view.put("priorities", priorities);
        bare.ok(ctx, view, version);
    }

    void areas(BareJdbc bare, RoutingContext ctx, Connection c) throws Exception {
        int[] paging = BareJdbc.paging(ctx);
        if (paging == null) {
            return;
        }
        Map<String, Map<String, Object>> areas = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, Long>> populations = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(AREAS_PAGE_SQL)) {
            s.setInt(1, paging[0] * paging[1]);
            s.setInt(2, paging[1]);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String code = r.getString("code");
                    Map<String, Object> a = new LinkedHashMap<>();
                    a.put("code", code);
                    a.put("name", r.getString("name"));
                    a.put("populations", null);
                    a.put("version", r.getLong("version"));
                    areas.put(code, a);
                    populations.put(code, new TreeMap<>());
                }
            }
        }
        BareJdbc.batches(c, POPULATIONS_SQL, "varchar", new ArrayList<>(areas.keySet()),
                r -> populations.get(r.getString("area_code")).put(r.getInt("year"), r.getLong("population")));
        List<Map<String, Object>> items = new ArrayList<>();
        areas.forEach((code, a) -> {
            List<Map<String, Object>> list = new ArrayList<>();
            populations.get(code).forEach((year, population) -> {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("year", year);
                p.put("population", population);
                list.add(p);
            });
            a.put("populations", list);
            items.add(a);
        });
        long total = BareJdbc.count(c, AREAS_COUNT_SQL);
        bare.ok(ctx, BareJdbc.page(items, paging[0], paging[1], total));
    }
}
