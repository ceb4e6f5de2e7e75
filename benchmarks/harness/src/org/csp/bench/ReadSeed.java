package org.csp.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Set-up of the read benchmark (not measured): in each service one resource to GET and a list of {@link #ROWS}+
 * rows, so page 0 of size 20 is a real page. The resource read by the GET is created through the API as a
 * partnership officer; the bulk of some lists (areas, action plans, awards) is inserted with JDBC to keep set-up short.
 */
final class ReadSeed {
    static final int ROWS = 300;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final Api api;
    private final String jdbcUrl;
    private final String host;
    private final String tag = Long.toString(System.nanoTime(), 36);

    ReadSeed(Api api, String jdbcUrl) {
        this.api = api;
        this.jdbcUrl = jdbcUrl;
        URI base = URI.create(api.base);
        this.host = base.getScheme() + "://" + base.getHost();
    }

    String base(ReadTargets.Target t) {
        return host + ":" + t.port();
    }

    /** Seeds the target's service; returns the id of the resource the GET reads. */
    String seed(ReadTargets.Target t) throws Exception {
        String base = base(t);
        return switch (t.service()) {
            case "assessment" -> assessment();
            case "plan" -> plan(base);
            case "grant" -> grant(base);
            case "governance" -> governance(base);
            default -> throw new IllegalArgumentException(t.service());
        };
    }

    /** An assessment with 3 priorities (as before); 300 areas with 2 populations each for the area list. */
    private String assessment() throws Exception {
        String prefix = "read-" + tag + "-";
        Db.seedAreas(jdbcUrl, prefix, ROWS);
        try (Connection c = Db.connect(jdbcUrl);
                PreparedStatement s = c.prepareStatement("insert into assessment.area_population (area_code, year, population)"
                        + " values (?, ?, ?) on conflict do nothing")) {
            for (int i = 0; i < ROWS; i++) {
                for (int year = 2017; year <= 2018; year++) {
                    s.setString(1, prefix + i);
                    s.setInt(2, year);
                    s.setLong(3, 150_000 + i * 7L + year);
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
        return api.create(Api.assessmentBody(prefix + "0", 3));
    }

    /** A plan, a theme and an action plan through the API; 300 more action plans of the theme with JDBC. */
    private String plan(String base) throws Exception {
        String plan = post(base, "/api/v1/plans", """
                {"areaCode":"read-%s","title":"Community Safety Plan 2019-22","periodStart":"2019-04-01","periodEnd":"2022-03-31",
                 "foreword":"The Safer Maidstone Partnership has a good track record of collaborative working."}""".formatted(tag));
        String theme = post(base, "/api/v1/plans/" + plan + "/themes", """
                {"title":"Domestic abuse","whyImportant":"Domestic abuse is 15% of all crime","objective":"Victims are safer",
                 "focus":"Reporting and support","pccPriorities":["Protect people from harm"]}""");
        String id = post(base, "/api/v1/themes/" + theme + "/action-plans",
                "{\"financialYear\":\"2019-20\",\"outcome\":\"Victims are confident to report abuse\"}");
        try (Connection c = Db.connect(jdbcUrl);
                PreparedStatement s = c.prepareStatement("insert into plan.action_plan (id, plan_id, theme_id, financial_year,"
                        + " outcome, created_at, version) values (?, ?, ?, ?, ?, ?, 0)")) {
            Timestamp now = Timestamp.from(Instant.now());
            for (int i = 0; i < ROWS; i++) {
                int year = 1700 + i;
                s.setObject(1, UUID.randomUUID());
                s.setObject(2, UUID.fromString(plan));
                s.setObject(3, UUID.fromString(theme));
                s.setString(4, String.format(Locale.ROOT, "%d-%02d", year, (year + 1) % 100));
                s.setString(5, "Victims are confident to report abuse (" + i + ")");
                s.setTimestamp(6, now);
                s.addBatch();
            }
            s.executeBatch();
        }
        return id;
    }

    /**
     * One award through the API (with the funder's standard obligations); 300 copies of it, obligations included,
     * with JDBC (300 API creates, each with its outbox event, took minutes on a loaded machine).
     */
    private String grant(String base) throws Exception {
        String recipient = "Maidstone BC " + tag;
        String id = post(base, "/api/v1/awards", """
                {"funder":"Kent Police and Crime Commissioner","recipient":"%s","areaCode":"maidstone","financialYear":"2019-20",
                 "amountPence":4000000,"tacticalPotPence":500000,
                 "conditions":"Projects deliver on both the PCC's priorities and the partnership's"}""".formatted(recipient));
        try (Connection c = Db.connect(jdbcUrl)) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("insert into grants.grant_award (id, funder, recipient, area_code, financial_year,"
                    + " amount_pence, tactical_pot_pence, allocated_pence, drawn_pence, conditions, created_at, created_by, version)"
                    + " select gen_random_uuid(), funder, recipient || ' copy ' || g, area_code, financial_year, amount_pence,"
                    + " tactical_pot_pence, 0, 0, conditions, created_at, created_by, 0"
                    + " from grants.grant_award, generate_series(1, ?) g where id = ?")) {
                s.setInt(1, ROWS);
                s.setObject(2, UUID.fromString(id));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("insert into grants.award_obligation (award_id, position, code,"
                    + " description, due_date) select n.id, o.position, o.code, o.description, o.due_date"
                    + " from grants.grant_award n join grants.award_obligation o on o.award_id = ?"
                    + " where n.recipient like ?")) {
                s.setObject(1, UUID.fromString(id));
                s.setString(2, recipient + " copy %");
                s.executeUpdate();
            }
            c.commit();
        }
        return id;
    }

    /** 300 councillors through the API. */
    private String governance(String base) throws Exception {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            bodies.add("""
                    {"name":"Cllr %s %03d","ward":"High Street","termStart":"2015-05-07"}""".formatted(tag, i));
        }
        return postAll(base, "/api/v1/councillors", bodies).get(0);
    }

    /** POSTs the bodies, 8 at a time; returns the new ids in order. */
    private List<String> postAll(String base, String path, List<String> bodies) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int from = 0; from < bodies.size(); from += 8) {
            List<CompletableFuture<HttpResponse<String>>> batch = new ArrayList<>();
            for (String body : bodies.subList(from, Math.min(bodies.size(), from + 8))) {
                batch.add(api.http.sendAsync(request(base, path, body), HttpResponse.BodyHandlers.ofString()));
            }
            for (CompletableFuture<HttpResponse<String>> f : batch) {
                ids.add(id(path, f.get()));
            }
        }
        return ids;
    }

    private String post(String base, String path, String body) throws Exception {
        return id(path, api.http.send(request(base, path, body), HttpResponse.BodyHandlers.ofString()));
    }

    private HttpRequest request(String base, String path, String body) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + api.token)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String id(String path, HttpResponse<String> r) {
        if (r.statusCode() != 201) {
            throw new IllegalStateException("POST " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        Matcher m = ID.matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("POST " + path + " answered no id: " + r.body());
        }
        return m.group(1);
    }
}
