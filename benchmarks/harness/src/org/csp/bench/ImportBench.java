package org.csp.bench;

import java.io.BufferedWriter;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Import: a data.police.uk street-level CSV of N rows (generated, deterministic), loaded (a) through the
 * platform's import endpoint when one is given with {@code --import-url} and (b) with PostgreSQL {@code COPY}
 * (JDBC CopyManager) into a table of the same shape, in the same run. Goal: import >= 0.5 of COPY rows/s.
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

    static void run(Args args, Raw raw) throws Exception {
        int rows = args.integer("rows", 1_000_000);
        Path csv = Path.of(args.get("csv", "benchmarks/target/street-crime-" + rows + ".csv"));
        if (!Files.exists(csv)) {
            long t = System.nanoTime();
            generate(csv, rows, Long.parseLong(args.get("seed", "2019")));
            System.out.printf("import: generated %s (%d rows) in %.1f s%n", csv, rows, (System.nanoTime() - t) / 1e9);
        }
        raw.put("import", "rows", rows, "count", csv.getFileName().toString());
        if (!args.has("no-copy")) {
            copyBaseline(args.get("jdbc", Db.URL), csv, rows, raw);
        }
        if (!args.has("import-url")) {
            raw.notMeasured("import", "api_rows_per_s", "1/s", "not measured: endpoint not available (give --import-url)");
            return;
        }
        Api api = new Api("", Api.token(args.get("issuer", "http://127.0.0.1:8079/token")));
        long t = System.nanoTime();
        HttpResponse<String> r = api.http.send(HttpRequest.newBuilder(URI.create(args.required("import-url")))
                .header("Authorization", "Bearer " + api.token).header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(30)).POST(HttpRequest.BodyPublishers.ofFile(csv)).build(),
                HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - t) / 1e9;
        if (r.statusCode() / 100 != 2) {
            raw.notMeasured("import", "api_rows_per_s", "1/s", "import endpoint answered " + r.statusCode());
            return;
        }
        raw.put("import", "api_rows_per_s", rows / seconds, "1/s", "POST text/csv until the response");
    }

    /** COPY of the same file into bench.street_crime_copy (the 12 columns, typed as the platform stores them). */
    static void copyBaseline(String jdbcUrl, Path csv, int rows, Raw raw) throws Exception {
        try (Connection c = Db.connect(jdbcUrl)) {
            try (Statement s = c.createStatement()) {
                s.execute("create schema if not exists bench");
                s.execute("drop table if exists bench.street_crime_copy");
                s.execute("create table bench.street_crime_copy (crime_id varchar(64), month varchar(7) not null,"
                        + " reported_by varchar(100), falls_within varchar(100), longitude numeric(9,6), latitude numeric(9,6),"
                        + " location varchar(200), lsoa_code varchar(9), lsoa_name varchar(100), crime_type varchar(60) not null,"
                        + " last_outcome_category varchar(120), context text)");
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            long t = System.nanoTime();
            long copied;
            try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                copied = copy.copyIn("copy bench.street_crime_copy from stdin with (format csv, header true)", reader);
            }
            double seconds = (System.nanoTime() - t) / 1e9;
            raw.put("import", "copy_rows_per_s", copied / seconds, "1/s", copied + " rows in " + String.format(Locale.ROOT, "%.1f", seconds) + " s");
            try (Statement s = c.createStatement()) {
                s.execute("drop table bench.street_crime_copy");
            }
        }
    }
}
