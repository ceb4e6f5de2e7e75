package org.csp.platform.testing.fuzz;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.csp.platform.testing.TestTokens;

/**
 * Bad input at scale: reads the running service's OpenAPI document ({@code /q/openapi?format=json}, at
 * RestAssured's base URI and port as a {@code @QuarkusTest} sets them) and sends every operation under
 * {@code /api} the malformed requests {@link CaseGenerator} makes, each with a valid token of a role the
 * operation allows. Every answer is checked by {@link ResponseChecker}; around every request the service's
 * schema is fingerprinted ({@link DatabaseFingerprint}) and a refused (4xx) request that changed any table —
 * the audit trail and the outbox included — is a violation. Requests the service accepted (2xx: the generated
 * input was in fact valid) are counted but not held to the data check.
 */
public final class OpenApiFuzzer {

    public static final int DEFAULT_CASES_PER_OPERATION = 60;
    public static final String FUZZ_AGENCY = "fuzz-agency";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    /** The role used when an operation allows several: the one that gets furthest into the service. */
    private static final List<String> ROLE_PREFERENCE = List.of(TestTokens.OFFICER, TestTokens.ADMIN,
            TestTokens.AGENCY, TestTokens.COUNCILLOR, TestTokens.PCC);
    private static final Map<String, Supplier<String>> TOKENS = Map.of(
            TestTokens.OFFICER, TestTokens::officer,
            TestTokens.ADMIN, TestTokens::admin,
            TestTokens.AGENCY, () -> TestTokens.agency(FUZZ_AGENCY),
            TestTokens.COUNCILLOR, TestTokens::councillor,
            TestTokens.PCC, TestTokens::pcc);
    private static final RestAssuredConfig CONFIG = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false))
            .httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.connection.timeout", 10_000)
                    .setParam("http.socket.timeout", 30_000)
                    .setParam("http.tcp.nodelay", true));

    private int casesPerOperation = DEFAULT_CASES_PER_OPERATION;
    private boolean checkData = true;
    private String pathPrefix = "/api/";

    private OpenApiFuzzer() {
    }

    /** Fuzzes the service RestAssured points at (in a {@code @QuarkusTest}: the service under test). */
    public static OpenApiFuzzer forRunningService() {
        return new OpenApiFuzzer();
    }

    public OpenApiFuzzer casesPerOperation(int cap) {
        this.casesPerOperation = cap;
        return this;
    }

    /** Skips the database fingerprint (for a service without a datasource). */
    public OpenApiFuzzer withoutDataCheck() {
        this.checkData = false;
        return this;
    }

    public OpenApiFuzzer pathPrefix(String prefix) {
        this.pathPrefix = prefix;
        return this;
    }

    /** Runs every case, prints the report line and returns the report; call {@link FuzzReport#assertClean()}. */
    public FuzzReport run() {
        JsonNode document = readDocument();
        String service = document.path("info").path("title").asText("service");
        FuzzReport report = new FuzzReport(service);
        long started = System.nanoTime();
        Map<String, String> tokens = new LinkedHashMap<>();
        DatabaseFingerprint fingerprint = checkData ? DatabaseFingerprint.ofServiceSchema() : null;
        try {
            Map<String, String> state = fingerprint == null ? null : quiet(fingerprint);
            for (FuzzOperation operation : operations(document, pathPrefix)) {
                report.operation();
                String token = tokens.computeIfAbsent(roleFor(operation), role -> TOKENS.get(role).get());
                for (FuzzCase fuzzCase : CaseGenerator.generate(operation, casesPerOperation)) {
                    int status = send(fuzzCase, token, report);
                    if (fingerprint != null) {
                        Map<String, String> after = fingerprint.take();
                        if (status >= 400 && status < 500) {
                            List<String> changed = DatabaseFingerprint.differences(state, after);
                            if (!changed.isEmpty()) {
                                report.dataChanged(fuzzCase, status, changed);
                            }
                        }
                        state = after;
                    }
                }
            }
        } finally {
            if (fingerprint != null) {
                fingerprint.close();
            }
        }
        report.elapsed((System.nanoTime() - started) / 1_000_000);
        System.out.println(report.summary());
        if (!report.accepted().isEmpty()) {
            System.out.println("accepted (2xx) generated requests, not held to the data check:\n  "
                    + String.join("\n  ", report.accepted()));
        }
        return report;
    }

    private static JsonNode readDocument() {
        String json = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("the OpenAPI document is not JSON", e);
        }
    }

    /** @return the status, or -1 when no answer came */
    private static int send(FuzzCase fuzzCase, String token, FuzzReport report) {
        RequestSpecification request = given().config(CONFIG).urlEncodingEnabled(false).auth().oauth2(token);
        fuzzCase.query().forEach((name, value) -> request.queryParam(CaseGenerator.encode(name), CaseGenerator.encode(value)));
        fuzzCase.headers().forEach(request::header);
        if (fuzzCase.contentType() != null) {
            request.contentType(fuzzCase.contentType());
        }
        if (fuzzCase.body() != null) {
            request.body(fuzzCase.body());
        }
        Response response;
        try {
            response = request.request(fuzzCase.operation().method(), fuzzCase.path());
        } catch (Exception e) {
            report.noAnswer(fuzzCase, e);
            return -1;
        }
        int status = response.statusCode();
        String body = response.asString();
        Optional<String> problem = ResponseChecker.check(status, response.contentType(), body);
        report.answered(fuzzCase, status, problem.orElse(null), body);
        return status;
    }

    /** Waits (briefly) until nothing else is writing, so background work is not blamed on a request. */
    private static Map<String, String> quiet(DatabaseFingerprint fingerprint) {
        Map<String, String> previous = fingerprint.take();
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            Map<String, String> now = fingerprint.take();
            if (now.equals(previous)) {
                return now;
            }
            previous = now;
        }
        return previous;
    }

    static String roleFor(FuzzOperation operation) {
        for (String role : ROLE_PREFERENCE) {
            if (operation.roles().contains(role)) {
                return role;
            }
        }
        return TestTokens.OFFICER;
    }

    /** Every operation under {@code prefix}, with resolved parameters, body schema and roles. */
    public static List<FuzzOperation> operations(JsonNode document, String prefix) {
        SchemaResolver resolver = new SchemaResolver(document);
        List<FuzzOperation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith(prefix)) {
                continue;
            }
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                Map<String, FuzzOperation.Parameter> parameters = new LinkedHashMap<>();
                for (JsonNode source : List.of(path.getValue().path("parameters"), operation.path("parameters"))) {
                    for (JsonNode p : source) {
                        JsonNode parameter = p.has("$ref") ? deref(document, p.get("$ref").asText()) : p;
                        if (parameter == null) {
                            continue;
                        }
                        String in = parameter.path("in").asText();
                        String name = parameter.path("name").asText();
                        JsonNode schema = resolver.resolve(parameter.path("schema").isMissingNode()
                                ? MAPPER.createObjectNode() : parameter.get("schema"));
                        parameters.put(in + ":" + name, new FuzzOperation.Parameter(name, in,
                                parameter.path("required").asBoolean(in.equals("path")), schema));
                    }
                }
                String mediaType = null;
                JsonNode bodySchema = null;
                JsonNode requestBody = operation.get("requestBody");
                if (requestBody != null && requestBody.has("$ref")) {
                    requestBody = deref(document, requestBody.get("$ref").asText());
                }
                if (requestBody != null && requestBody.path("content").isObject() && requestBody.path("content").size() > 0) {
                    JsonNode content = requestBody.get("content");
                    mediaType = content.has("application/json") ? "application/json" : content.fieldNames().next();
                    if (mediaType.contains("json")) {
                        bodySchema = resolver.resolve(content.get(mediaType).path("schema"));
                    }
                }
                String operationId = operation.path("operationId").asText(method + " " + path.getKey());
                operations.add(new FuzzOperation(method.toUpperCase(), path.getKey(), operationId,
                        List.copyOf(parameters.values()), mediaType, bodySchema, roles(document, operation)));
            }
        }
        return operations;
    }

    private static Set<String> roles(JsonNode document, JsonNode operation) {
        JsonNode security = operation.has("security") ? operation.get("security") : document.path("security");
        Set<String> roles = new LinkedHashSet<>();
        for (JsonNode requirement : security) {
            requirement.fields().forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText())));
        }
        return roles;
    }

    private static JsonNode deref(JsonNode document, String ref) {
        if (!ref.startsWith("#/")) {
            return null;
        }
        JsonNode node = document.at(ref.substring(1));
        return node.isMissingNode() ? null : node;
    }
}
