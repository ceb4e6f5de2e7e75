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
            ROWS.add(new Row("Footprint", s + ": process start to ready, started alone (s)", "footprint." + s + "_alone_ready_s",
                    "bare JVM alone", "footprint.bare_jvm_alone_ready_s", "< 2 s", (v, r) -> v < 2.0));
        }
        for (String s : Footprint.SERVICES.keySet()) {
            ROWS.add(new Row("Footprint", s + ": CPU seconds from start to ready, started alone (s)",
                    "footprint." + s + "_alone_ready_cpu_s", "bare JVM alone", "footprint.bare_jvm_alone_ready_cpu_s",
                    "none set", null));
        }
        for (String s : Footprint.SERVICES.keySet()) {
            ROWS.add(new Row("Footprint", s + ": process start to ready, 4 started at once (stack start) (s)",
                    "footprint." + s + "_ready_s", "4 bare JVMs at once", "footprint.bare_jvm_ready_s", "< 2 s", (v, r) -> v < 2.0));
        }
        for (String s : Footprint.SERVICES.keySet()) {
            ROWS.add(new Row("Footprint", s + ": RSS idle, in the stack (MB)", "footprint." + s + "_rss_idle_mb",
                    "bare JVM", "footprint.bare_jvm_rss_idle_mb", "< 200 MB", (v, r) -> v < 200));
        }
        for (String s : Footprint.SERVICES.keySet()) {
            ROWS.add(new Row("Footprint", s + ": RSS idle, started alone (MB)", "footprint." + s + "_alone_rss_idle_mb",
                    "bare JVM alone", "footprint.bare_jvm_alone_rss_idle_mb", "< 200 MB", (v, r) -> v < 200));
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
        ROWS.add(new Row("Contention", "200 concurrent tactical-pot draws (draws/s)", "contention.draws_per_s",
                "plain JDBC draws, same pool size", "contention.jdbc_draws_per_s", "none set", null));
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
        List<Row> rows = new ArrayList<>(ROWS);
        rows.addAll(rows.indexOf(rows.stream().filter(r -> r.section.equals("Contention")).findFirst().orElseThrow()), trendRows(raw));
        String section = "";
        for (Row row : rows) {
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

    /**
     * Trend rows for the sizes the run measured (1M, 3M, 10M in full mode; smaller in quick mode): each beside the
     * smallest size (goal: flat, at most 1.5 x) and beside a GROUP BY over the stored incidents.
     */
    private static List<Row> trendRows(Map<String, String[]> raw) {
        List<String> sizes = raw.keySet().stream().filter(k -> k.startsWith("trend.ms_per_query_"))
                .map(k -> k.substring("trend.ms_per_query_".length()))
                .sorted(java.util.Comparator.comparingDouble(Report::incidents)).toList();
        if (sizes.isEmpty()) {
            sizes = List.of("1m", "3m", "10m");
        }
        String base = sizes.get(0);
        String baseLabel = base.toUpperCase(Locale.ROOT);
        List<Row> rows = new ArrayList<>();
        for (String size : sizes) {
            String label = size.toUpperCase(Locale.ROOT);
            boolean first = size.equals(base);
            rows.add(new Row("Trend queries", "ms per trend query, " + label + " incidents", "trend.ms_per_query_" + size,
                    "same query at " + baseLabel, first ? null : "trend.ms_per_query_" + base,
                    first ? "none set" : "flat: <= 1.5 x " + baseLabel, first ? null : (v, r) -> r <= 1.5));
        }
        for (String size : sizes) {
            rows.add(new Row("Trend queries", "ms per trend query, " + size.toUpperCase(Locale.ROOT) + " incidents",
                    "trend.ms_per_query_" + size, "GROUP BY over the incidents", "trend.scan_ms_" + size, "none set", null));
        }
        return rows;
    }

    private static double incidents(String label) {
        double n = Double.parseDouble(label.substring(0, label.length() - 1));
        return label.endsWith("m") ? n * 1_000_000 : n * 1_000;
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
