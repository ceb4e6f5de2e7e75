package org.csp.bench;

import java.util.List;

/**
 * What the read benchmark measures in each service: one single-resource GET and one paginated list (page 0 of 20),
 * each beside its bare JDBC twin in the same service ({@code org.csp.<service>.bench.BareJdbcEndpoints}, built on
 * {@code org.csp.platform.bench.BareJdbc}; only there with {@code csp.benchmark.enabled=true}).
 * Raw keys: {@code read.<service>_get_*} and {@code read.<service>_list_*}.
 */
final class ReadTargets {

    /** A service's two measured endpoints: framework paths (with {id}) and the bare twins' paths. */
    record Target(String service, int port, String getPath, String bareGetPath, String listPath, String bareListPath,
            String listNote) {

        String getLabel() {
            return service + ": GET " + getPath;
        }

        String listLabel() {
            return service + ": GET " + listPath + " (" + listNote + ")";
        }
    }

    static final String PAGE = "?page=0&size=20";

    static final List<Target> TARGETS = List.of(
            new Target("assessment", 8081, "/api/v1/assessments/{id}", "/bench/bare/assessments/{id}",
                    "/api/v1/areas", "/bench/bare/areas", "page of 20 of 300+"),
            new Target("plan", 8082, "/api/v1/action-plans/{id}", "/bench/bare/action-plans/{id}",
                    "/api/v1/action-plans", "/bench/bare/action-plans", "page of 20 of 300+"),
            new Target("grant", 8083, "/api/v1/awards/{id}", "/bench/bare/awards/{id}",
                    "/api/v1/awards", "/bench/bare/awards", "page of 20 of 300+"),
            new Target("governance", 8084, "/api/v1/councillors/{id}", "/bench/bare/councillors/{id}",
                    "/api/v1/councillors", "/bench/bare/councillors", "page of 20 of 300+"));

    private ReadTargets() {
    }
}
