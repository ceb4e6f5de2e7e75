package org.csp.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * The results table: each figure beside its ceiling measured in the same run, the ratio figure / ceiling,
 * the goal and PASS / FAIL (or "not measured", or "no goal" where the issue sets none).
 */
final class Report {

    /** A table row: figure key, ceiling key (or null), goal text, goal test on (figure, ratio) or null. */
    record Row(String section, String label, String key, String ceilingLabel, String ceilingKey, String goal,
            BiPredicate<Double, Double> passes) {
    }

    private static final List<Row> ROWS = new ArrayList<>();

    static {
        for (String s : Footprint.SERVICES.keySet()) {
            ROWS.add(new Row("Footprint", s + ": process start to ready (s)", "footprint." + s + "_ready_s",
                    "bare JVM", "footprint.bare_jvm_ready_s", "< 2 s", (v, r) -> v < 2.0));
        }
        for (String s : Footprint.SERVICES.keySet()) {
            ROWS.add(new Row("Footprint", s + ": RSS idle (MB)", "footprint." + s + "_rss_idle_mb",
                    "bare JVM", "footprint.bare_jvm_rss_idle_mb", "< 200 MB", (v, r) -> v < 200));
        }
        for (String s : Footprint.SERVICES.keySet()) {
            ROWS.add(new Row("Footprint", s + ": RSS peak under load (MB)", "footprint." + s + "_rss_load_mb",
                    "bare JVM under wrk", "footprint.bare_jvm_rss_load_mb", "none set", null));
        }
        ROWS.add(new Row("Footprint", "whole stack idle, PSS (MB)", "footprint.stack_pss_idle_mb", "", null, "none set", null));
        for (ReadTargets.Target t : ReadTargets.TARGETS) {
            for (String kind : List.of("get", "list")) {
                String e = t.service() + "_" + kind;
                String what = kind.equals("get") ? t.getLabel() : t.listLabel();
                ROWS.add(new Row("Read API", what + ": req/s", "read." + e + "_rps", "bare JDBC endpoint", "read." + e + "_bare_rps",
                        ">= 0.7 of bare", (v, r) -> r >= 0.7));
                ROWS.add(new Row("Read API", what + ": p50 at max rate (ms)", "read." + e + "_p50_ms", "bare JDBC endpoint",
                        "read." + e + "_bare_p50_ms", "none set", null));
                ROWS.add(new Row("Read API", what + ": p99 at max rate (ms)", "read." + e + "_p99_ms", "bare JDBC endpoint",
                        "read." + e + "_bare_p99_ms", "none set", null));
                ROWS.add(new Row("Read API", what + ": p99 at half of max rate (ms)", "read." + e + "_half_rate_p99_ms",
                        "bare, same connections", "read." + e + "_bare_half_rate_p99_ms", "< 25 ms", (v, r) -> v < 25));
            }
        }
        ROWS.add(new Row("Write API", "creates/s (with audit row)", "write.api_creates_per_s", "plain JDBC inserts",
                "write.jdbc_creates_per_s", "none set", null));
        ROWS.add(new Row("Write API", "publishes/s (update + outbox + audit rows)", "write.api_publishes_per_s",
                "plain JDBC", "write.jdbc_publishes_per_s", "none set", null));
        for (String p : List.of("p50", "p99", "max")) {
            ROWS.add(new Row("Event propagation", "assessment publish -> plan inbox commit, " + p + " (ms)",
                    "propagation.e2e_" + p + "_ms", "raw Kafka produce->consume", "propagation.kafka_" + p + "_ms",
                    p.equals("p99") ? "< 100 ms" : "none set", p.equals("p99") ? (v, r) -> v < 100 : null));
        }
        ROWS.add(new Row("Event propagation", "same, from the HTTP response, p99 (ms)", "propagation.e2e_from_response_p99_ms",
                "raw Kafka produce->consume", "propagation.kafka_p99_ms", "< 100 ms", (v, r) -> v < 100));
        ROWS.add(new Row("Import", "data.police.uk CSV import (rows/s)", "import.api_rows_per_s", "PostgreSQL COPY",
                "import.copy_rows_per_s", ">= 0.5 of COPY", (v, r) -> r >= 0.5));
        for (String size : List.of("1m", "3m", "10m")) {
            ROWS.add(new Row("Trend queries", "ms per trend query, " + size.toUpperCase(Locale.ROOT) + " incidents",
                    "trend.ms_per_query_" + size, "same query at 1M", size.equals("1m") ? null : "trend.ms_per_query_1m",
                    size.equals("1m") ? "none set" : "flat: <= 1.5 x 1M", size.equals("1m") ? null : (v, r) -> r <= 1.5));
        }
        ROWS.add(new Row("Contention", "200 concurrent tactical-pot draws (draws/s)", "contention.draws_per_s", "", null,
                "none set", null));
        ROWS.add(new Row("Contention", "final balance exact (1 = yes)", "contention.balance_exact", "", null, "exact",
                (v, r) -> v == 1));
    }

    private Report() {
    }

    static void write(Args args) throws Exception {
        Path rawFile = Path.of(args.required("raw"));
        Map<String, String[]> raw = Raw.read(rawFile);
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results ").append(args.required("date")).append(" (").append(args.get("mode", "full"))
                .append(" mode)\n\n");
        md.append("- Machine: ").append(args.get("machine", "?")).append('\n');
        md.append("- Commit: ").append(args.get("commit", "?")).append('\n');
        md.append("- Load average (1 min) at start / end of the run: ").append(value(raw, "env.load_start_1m")).append(" / ")
                .append(value(raw, "env.load_end_1m")).append(". ").append(args.get("load-note", "")).append('\n');
        md.append("- Raw numbers: `").append(rawFile.getFileName()).append("` (step,key,value,unit,note). "
                + "Method and meaning of every row: docs/benchmarks.md.\n\n");
        md.append("Ratio = figure / ceiling. For rates, higher is better (1.0 = as fast as the ceiling); "
                + "for times and memory, lower is better (2.0 = twice the ceiling).\n\n");
        String section = "";
        for (Row row : ROWS) {
            if (!row.section.equals(section)) {
                section = row.section;
                md.append("\n### ").append(section).append("\n\n");
                md.append("| Figure | Value | Ceiling | Ceiling value | Ratio | Goal | Result |\n");
                md.append("|---|---:|---|---:|---:|---|---|\n");
            }
            String[] figure = raw.get(row.key);
            String[] ceiling = row.ceilingKey == null ? null : raw.get(row.ceilingKey);
            double v = number(figure);
            double c = number(ceiling);
            double ratio = Double.isNaN(v) || Double.isNaN(c) || c == 0 ? Double.NaN : v / c;
            String result;
            if (Double.isNaN(v)) {
                String why = figure == null ? "step not run" : figure[2];
                result = why.startsWith("not measured") ? why : "not measured: " + why;
            } else if (row.passes == null) {
                result = "no goal";
            } else if (row.ceilingKey != null && row.goal.contains(" of ") && Double.isNaN(ratio)) {
                result = "not measured: no ceiling";
            } else {
                result = row.passes.test(v, ratio) ? "PASS" : "**FAIL**";
            }
            md.append("| ").append(row.label).append(" | ").append(fmt(v)).append(" | ").append(row.ceilingLabel)
                    .append(" | ").append(row.ceilingKey == null ? "" : fmt(c)).append(" | ").append(fmt(ratio))
                    .append(" | ").append(row.goal).append(" | ").append(result).append(" |\n");
        }
        md.append("\n### Notes from the run\n\n");
        for (var e : raw.entrySet()) {
            if (!e.getValue()[2].isBlank()) {
                md.append("- `").append(e.getKey()).append("` = ").append(e.getValue()[0]).append(' ').append(e.getValue()[1])
                        .append(": ").append(e.getValue()[2]).append('\n');
            }
        }
        Files.writeString(Path.of(args.required("out")), md.toString(), StandardCharsets.UTF_8);
        System.out.print(md);
    }

    private static String value(Map<String, String[]> raw, String key) {
        String[] v = raw.get(key);
        return v == null ? "?" : v[0];
    }

    private static double number(String[] field) {
        if (field == null || field[0].equals("NA")) {
            return Double.NaN;
        }
        return Double.parseDouble(field[0]);
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (Math.abs(v) >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
