package org.csp.platform.testing;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Checks every operation of a running service against the roles a test says it must allow, reading the
 * operations from the service's own OpenAPI document: an operation with no rule in the table fails, so a
 * new endpoint cannot ship without one. For each operation it sends no token, an expired token, a token
 * with a foreign signature and one for another audience (each must get 401 with a problem body and a
 * {@code WWW-Authenticate} challenge), a token of every role it must not allow (403), and of every role
 * it allows (neither 401 nor 403). It also checks the document declares exactly those roles. An operation
 * whose rule is {@link #NO_TOKEN_NEEDED} must let every one of those callers through instead.
 */
public final class EndpointSecurityMatrix {

    public static final String MATRIX_AGENCY = "matrix-agency";

    /**
     * The rule of an operation that needs no token at all (its address is the credential): every caller, with or
     * without a token, valid or not, is let through, and the document declares no security for it.
     */
    public static final Set<String> NO_TOKEN_NEEDED = Set.of("(anyone, without a token)");

    private EndpointSecurityMatrix() {
    }

    /** Every role of the platform, with a token for each. */
    private static final Map<String, Supplier<String>> ROLE_TOKENS = Map.of(
            TestTokens.OFFICER, TestTokens::officer,
            TestTokens.AGENCY, () -> TestTokens.agency(MATRIX_AGENCY),
            TestTokens.COUNCILLOR, TestTokens::councillor,
            TestTokens.PCC, TestTokens::pcc,
            TestTokens.ADMIN, TestTokens::admin);

    private static final Map<String, Supplier<String>> INVALID_TOKENS = Map.of(
            "expired", TestTokens::expired,
            "wrong signature", TestTokens::wrongSignature,
            "wrong audience", TestTokens::wrongAudience);

    /**
     * @param allowedRolesByOperationId for each operationId under {@code /api}, the roles that may call it
     * @return the number of requests sent (so a caller can report coverage)
     */
    public static int verify(Map<String, Set<String>> allowedRolesByOperationId) {
        JsonPath openapi = new JsonPath(given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200).extract().asString());
        Map<String, Map<String, Object>> paths = openapi.getMap("paths");
        List<String> failures = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        int sent = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, Object> op : path.getValue().entrySet()) {
                String method = op.getKey().toUpperCase();
                if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> operation = (Map<String, Object>) op.getValue();
                String operationId = (String) operation.get("operationId");
                String label = method + " " + path.getKey() + " (" + operationId + ")";
                if (operationId == null) {
                    failures.add(label + ": no operationId");
                    continue;
                }
                seen.add(operationId);
                Set<String> allowed = allowedRolesByOperationId.get(operationId);
                if (allowed == null) {
                    failures.add(label + ": no rule in the security matrix");
                    continue;
                }
                boolean open = allowed.equals(NO_TOKEN_NEEDED);
                Set<String> documented = documentedRoles(operation);
                if (open && !List.of().equals(operation.get("security"))) {
                    failures.add(label + ": needs no token, but the document does not say so (security: [])");
                } else if (!open && !documented.equals(allowed)) {
                    failures.add(label + ": OpenAPI documents roles " + documented + " but the matrix says " + allowed);
                }
                String url = concrete(path.getKey());
                sent += check(failures, label, method, url, null, open ? -1 : 401);
                for (Map.Entry<String, Supplier<String>> invalid : INVALID_TOKENS.entrySet()) {
                    sent += check(failures, label + " with " + invalid.getKey() + " token", method, url,
                            invalid.getValue().get(), open ? -1 : 401);
                }
                for (Map.Entry<String, Supplier<String>> role : ROLE_TOKENS.entrySet()) {
                    int expected = open || allowed.contains(role.getKey()) ? -1 : 403;
                    sent += check(failures, label + " as " + role.getKey(), method, url, role.getValue().get(), expected);
                }
            }
        }
        Set<String> stale = new TreeSet<>(allowedRolesByOperationId.keySet());
        stale.removeAll(seen);
        if (!stale.isEmpty()) {
            failures.add("the matrix names operations the service does not have: " + stale);
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("endpoint security matrix failed:\n  " + String.join("\n  ", failures));
        }
        return sent;
    }

    /** @param expected 401 or 403; -1 means "allowed": anything but 401 and 403 */
    private static int check(List<String> failures, String label, String method, String url, String token, int expected) {
        RequestSpecification request = given().contentType("application/json").body("{}");
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        Response response = request.request(method, url);
        int status = response.statusCode();
        if (expected == -1) {
            if (status == 401 || status == 403) {
                failures.add(label + ": expected to be allowed, got " + status);
            }
            if (status >= 500) {
                failures.add(label + ": got " + status + " " + response.asString());
            }
            return 1;
        }
        if (status != expected) {
            failures.add(label + ": expected " + expected + ", got " + status);
        } else if (!String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            failures.add(label + ": " + status + " without a problem body");
        } else if (expected == 401 && response.header("WWW-Authenticate") == null) {
            failures.add(label + ": 401 without WWW-Authenticate");
        }
        return 1;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> documentedRoles(Map<String, Object> operation) {
        Set<String> roles = new LinkedHashSet<>();
        Object security = operation.get("security");
        if (security instanceof List<?> requirements) {
            for (Object requirement : requirements) {
                if (requirement instanceof Map<?, ?> map) {
                    for (Object scopes : map.values()) {
                        roles.addAll((List<String>) scopes);
                    }
                }
            }
        }
        return new TreeSet<>(roles);
    }

    private static String concrete(String template) {
        return template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    public static Set<String> roles(String... roles) {
        return new TreeSet<>(Set.of(roles));
    }
}
