package org.csp.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Import: a data.police.uk street-level CSV of N rows (generated, deterministic), loaded (a) through the
 * assessment service's {@code POST /api/v1/statistics/imports/street-level} and (b) with PostgreSQL {@code COPY}
 * (JDBC CopyManager) into a table of the shape the service stores incidents in, in the same run.
 * Goal: import >= 0.5 of COPY rows/s. The trend step reuses it (with --no-copy) to load more incidents.
 */
final class ImportBench {
    static final String HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
            + "Crime type,Last outcome category,Context";
    private static final String[] CRIME_TYPES = {"Anti-social behaviour", "Violence and sexual offences", "Criminal damage and arson",
            "Shoplifting", "Other theft", "Burglary", "Vehicle crime", "Public order", "Drugs", "Theft from the person",
            "Bicycle theft", "Robbery", "Possession of weapons", "Other crime"};
    private static final String[] OUTCOMES = {"Investigation complete; no suspect identified", "Unable to prosecute suspect",
            "Under investigation", "Awaiting court outcome", "Offender given a caution", "Local resolution",
            "Status update unavailable", "Court result unavailable"};
    private static final String[] STREETS = {"High Street", "Week Street", "Gabriel's Hill", "King Street", "Union Street",
            "Tonbridge Road", "London Road", "Sittingbourne Road", "Loose Road", "Hart Street", "Parking Area", "Supermarket",
            "Petrol Station", "Sports/Recreation Area", "Shopping Area"};

    private ImportBench() {
    }

    /** Writes {@code rows} data rows (plus the header) like data.police.uk's street-level files for Kent. */
    static void generate(Path out, int rows, long seed) throws Exception {
        Random random = new Random(seed);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            for (int i = 0; i < rows; i++) {
                String type = CRIME_TYPES[random.nextInt(CRIME_TYPES.length)];
                boolean asb = type.equals("Anti-social behaviour");
                int lsoa = random.nextInt(100);
                String crimeId = asb ? "" : String.format(Locale.ROOT, "%016x%016x%016x%016x", random.nextLong(),
                        random.nextLong(), random.nextLong(), random.nextLong());
                w.write(crimeId);
                w.write(',');
                w.write(String.format(Locale.ROOT, "%d-%02d", 2016 + random.nextInt(3), 1 + random.nextInt(12)));
                w.write(",Kent Police,Kent Police,");
                w.write(String.format(Locale.ROOT, "%.6f,%.6f", 0.45 + random.nextDouble() * 0.15,
                        51.22 + random.nextDouble() * 0.08));
                w.write(",On or near ");
                w.write(STREETS[random.nextInt(STREETS.length)]);
                w.write(String.format(Locale.ROOT, ",E0102%04d,Maidstone %03d%c,", 4000 + lsoa, 1 + lsoa / 4, 'A' + lsoa % 4));
                w.write(type);
                w.write(',');
                if (!asb) {
                    String outcome = OUTCOMES[random.nextInt(OUTCOMES.length)];
                    w.write(outcome.contains(";") ? "\"" + outcome + "\"" : outcome);
                }
                w.write(",\n");
            }
        }
    }

    /**
     * Generates the file (once; cached by size and seed), measures the COPY ceiling unless --no-copy, then POSTs the
     * file to the street-level import of the assessment service (--base, area --area registered first).
     * Returns the rows the service applied.
     */
    static long run(Args args, Raw raw) throws Exception {
        int rows = args.integer("rows", 1_000_000);
        long seed = Long.parseLong(args.get("seed", "2019"));
        Path csv = Path.of(args.get("csv", "benchmarks/target/street-crime-" + rows + "-seed" + seed + ".csv"));
        if (!Files.exists(csv)) {
            long t = System.nanoTime();
            generate(csv, rows, seed);
            System.out.printf("import: generated %s (%d rows) in %.1f s%n", csv, rows, (System.nanoTime() - t) / 1e9);
        }
        String step = args.get("step", "import");
        String jdbc = args.get("jdbc", Db.URL);
        if (!args.has("no-copy")) {
            raw.put(step, "rows", rows, "count", csv.getFileName().toString());
            copyBaseline(jdbc, csv, raw);
        }
        Api api = new Api(args.get("base", "http://127.0.0.1:8081"), Api.token(args.get("issuer", "http://127.0.0.1:8079/token")));
        String area = args.get("area", "bench-import");
        api.ensureArea(area);
        String url = api.base + "/api/v1/statistics/imports/street-level?areaCode=" + area + "&sourceCode=data-police-uk-street"
                + "&vintage=benchmark&mode=ALL_OR_NOTHING";
        long t = System.nanoTime();
        HttpResponse<String> r = api.http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + api.token).header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(30)).POST(HttpRequest.BodyPublishers.ofFile(csv)).build(),
                HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - t) / 1e9;
        Matcher applied = Pattern.compile("\"rowsApplied\"\\s*:\\s*(\\d+)").matcher(r.body());
        if (r.statusCode() != 201 || !applied.find()) {
            throw new IllegalStateException("the import answered " + r.statusCode() + ": "
                    + r.body().substring(0, Math.min(2000, r.body().length())));
        }
        long appliedRows = Long.parseLong(applied.group(1));
        System.out.printf("import: %d rows posted, %d applied in %.1f s%n", rows, appliedRows, seconds);
        if (!args.has("no-copy")) {
            raw.put(step, "api_rows_per_s", rows / seconds, "1/s", "POST text/csv until the 201 answer; " + appliedRows
                    + " of " + rows + " rows applied (incidents + monthly counts, one transaction)");
        }
        return appliedRows;
    }

    /**
     * The ceiling: COPY of the same rows, already in the shape the service stores them (its key, category code,
     * month as a date; the transformation is not timed), into a table created LIKE assessment.street_incident
     * INCLUDING ALL, so with the same columns, types and primary key index.
     */
    static void copyBaseline(String jdbcUrl, Path csv, Raw raw) throws Exception {
        try (Connection c = Db.connect(jdbcUrl)) {
            Map<String, String> categories = new HashMap<>();
            try (Statement s = c.createStatement()) {
                s.execute("create schema if not exists bench");
                s.execute("drop table if exists bench.street_incident_copy");
                s.execute("create table bench.street_incident_copy (like assessment.street_incident including all)");
                try (ResultSet r = s.executeQuery("select lower(street_level_name), code from assessment.crime_category"
                        + " where street_level_name is not null")) {
                    while (r.next()) {
                        categories.put(r.getString(1), r.getString(2));
                    }
                }
            }
            Path shaped = csv.resolveSibling(csv.getFileName() + ".incidents");
            long t0 = System.nanoTime();
            long written = toIncidentShape(csv, shaped, categories);
            System.out.printf("import: %d rows put in the incident shape in %.1f s (not timed)%n", written,
                    (System.nanoTime() - t0) / 1e9);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            long t = System.nanoTime();
            long copied;
            try (Reader reader = Files.newBufferedReader(shaped, StandardCharsets.UTF_8)) {
                copied = copy.copyIn("copy bench.street_incident_copy from stdin with (format csv)", reader);
            }
            double seconds = (System.nanoTime() - t) / 1e9;
            raw.put("import", "copy_rows_per_s", copied / seconds, "1/s", copied + " rows in "
                    + String.format(Locale.ROOT, "%.1f", seconds) + " s into a table LIKE assessment.street_incident INCLUDING ALL");
            try (Statement s = c.createStatement()) {
                s.execute("drop table bench.street_incident_copy");
            }
            Files.delete(shaped);
        }
    }

    /** Rewrites a generated street-level CSV as rows of street_incident (source, key, area, month, category, ...). */
    private static long toIncidentShape(Path csv, Path out, Map<String, String> categories) throws Exception {
        String importId = UUID.randomUUID().toString();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long n = 0;
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line; (line = in.readLine()) != null; ) {
                List<String> f = fields(line);
                String category = categories.get(f.get(9).toLowerCase(Locale.ROOT));
                if (category == null) {
                    throw new IllegalStateException("no category for " + f.get(9));
                }
                String key = f.get(0).isEmpty()
                        ? "row:" + HexFormat.of().formatHex(sha.digest(line.getBytes(StandardCharsets.UTF_8)), 0, 16) + "#1"
                        : "id:" + f.get(0);
                w.write(String.join(",", "data-police-uk-street", key, "bench-copy", f.get(1) + "-01", category, f.get(7),
                        f.get(4), f.get(5), "\"" + f.get(6) + "\"", f.get(10).isEmpty() ? "" : "\"" + f.get(10) + "\"", importId));
                w.write('\n');
                n++;
            }
        }
        return n;
    }

    /** Splits one line of the generated file (a field is quoted only when it holds a ';', never a quote). */
    private static List<String> fields(String line) {
        List<String> f = new ArrayList<>(12);
        int i = 0;
        while (i <= line.length()) {
            if (i < line.length() && line.charAt(i) == '"') {
                int end = line.indexOf('"', i + 1);
                f.add(line.substring(i + 1, end));
                i = end + 2;
            } else {
                int end = line.indexOf(',', i);
                if (end < 0) {
                    end = line.length();
                }
                f.add(line.substring(i, end));
                i = end + 1;
            }
        }
        return f;
    }
}
