package org.csp.platform.testing.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts and violations of one fuzzing run; {@link #assertClean()} fails once with every violation listed. */
public final class FuzzReport {

    private static final int LISTED = 80;

    private final String service;
    private int operations;
    private int sent;
    private int successes;
    private int clientErrors;
    private int serverErrors;
    private int noResponse;
    private int problemViolations;
    private int dataViolations;
    private final Map<Integer, Integer> byStatus = new TreeMap<>();
    private final List<String> violations = new ArrayList<>();
    private final List<String> accepted = new ArrayList<>();
    private long elapsedMillis;

    public FuzzReport(String service) {
        this.service = service;
    }

    void operation() {
        operations++;
    }

    /** Records one answer; {@code problem} is what {@link ResponseChecker} found wrong with it, if anything. */
    void answered(FuzzCase fuzzCase, int status, String problem, String body) {
        sent++;
        byStatus.merge(status, 1, Integer::sum);
        if (status >= 500) {
            serverErrors++;
        } else if (status >= 400) {
            clientErrors++;
        } else if (status >= 200 && status < 300) {
            successes++;
            accepted.add(fuzzCase.label() + " -> " + status);
        }
        if (problem != null) {
            if (status < 500) {
                problemViolations++;
            }
            violations.add(fuzzCase.label() + " -> " + problem + "; body: " + excerpt(body));
        }
    }

    void noAnswer(FuzzCase fuzzCase, Exception e) {
        sent++;
        noResponse++;
        violations.add(fuzzCase.label() + " -> no answer: " + e);
    }

    void dataChanged(FuzzCase fuzzCase, int status, List<String> tables) {
        dataViolations++;
        violations.add(fuzzCase.label() + " -> " + status + " but changed data in " + String.join(", ", tables));
    }

    void elapsed(long millis) {
        this.elapsedMillis = millis;
    }

    /** The generated requests the service accepted (2xx): valid after all, or validation worth a look. */
    public List<String> accepted() {
        return List.copyOf(accepted);
    }

    public int operations() {
        return operations;
    }

    public int sent() {
        return sent;
    }

    public int successes() {
        return successes;
    }

    public int clientErrors() {
        return clientErrors;
    }

    public int serverErrors() {
        return serverErrors;
    }

    public int problemViolations() {
        return problemViolations;
    }

    public int dataViolations() {
        return dataViolations;
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }

    public String summary() {
        return "malformed input [" + service + "]: operations=" + operations + " cases sent=" + sent + " 2xx=" + successes
                + " 4xx=" + clientErrors + " 5xx=" + serverErrors + " no-answer=" + noResponse
                + " problem-body violations=" + problemViolations + " data-change violations=" + dataViolations
                + " statuses=" + byStatus + " in " + elapsedMillis + " ms";
    }

    /** Fails once, listing every violation (the first {@value #LISTED} in full). */
    public void assertClean() {
        List<String> failures = new ArrayList<>();
        if (operations == 0) {
            failures.add("no operation under /api in the OpenAPI document: nothing was tested");
        }
        failures.addAll(violations);
        if (failures.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder(summary()).append('\n').append(failures.size()).append(" violation(s):");
        failures.stream().limit(LISTED).forEach(v -> message.append("\n  ").append(v));
        if (failures.size() > LISTED) {
            message.append("\n  … and ").append(failures.size() - LISTED).append(" more");
        }
        throw new AssertionError(message.toString());
    }

    static String excerpt(String body) {
        if (body == null || body.isEmpty()) {
            return "(empty)";
        }
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
