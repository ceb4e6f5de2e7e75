package org.csp.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The raw numbers of one run: one CSV line per measured value, {@code step,key,value,unit,note}. Every step
 * appends to the same file; {@link Report} turns it into the results table. A value of {@code NA} means
 * "not measured" and the note says why.
 */
final class Raw {
    static final String HEADER = "step,key,value,unit,note";

    private final Path file;

    Raw(Path file) {
        this.file = file;
    }

    static Raw fromArgs(Args args) {
        return new Raw(Path.of(args.required("raw")));
    }

    synchronized void put(String step, String key, double value, String unit, String note) {
        String v = Double.isNaN(value) ? "NA" : String.format(Locale.ROOT, "%.3f", value);
        append(step + "," + key + "," + v + "," + unit + "," + clean(note));
        System.out.printf(Locale.ROOT, "  %-12s %-36s %12s %-6s %s%n", step, key, v, unit, note == null ? "" : note);
    }

    void put(String step, String key, double value, String unit) {
        put(step, key, value, unit, "");
    }

    void notMeasured(String step, String key, String unit, String why) {
        put(step, key, Double.NaN, unit, why);
    }

    private void append(String line) {
        try {
            if (!Files.exists(file)) {
                Files.writeString(file, HEADER + "\n", StandardCharsets.UTF_8);
            }
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String clean(String note) {
        return note == null ? "" : note.replace(',', ';').replace('\n', ' ');
    }

    /** key "step.key" to the line's fields (value, unit, note). */
    static Map<String, String[]> read(Path file) throws IOException {
        Map<String, String[]> values = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", 5);
            if (f.length >= 4) {
                values.put(f[0] + "." + f[1], new String[] {f[2], f[3], f.length == 5 ? f[4] : ""});
            }
        }
        return values;
    }
}
