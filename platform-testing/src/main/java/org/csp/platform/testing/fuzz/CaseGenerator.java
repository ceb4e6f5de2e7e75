package org.csp.platform.testing.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Makes the malformed requests for one operation: broken and oversize bodies, wrong content types, unknown
 * and malformed path ids, bad query and header values, and one broken field at a time in an otherwise
 * plausible JSON body (wrong types, null, missing, unknown fields, huge and empty strings, bad dates and
 * UUIDs, negative, fractional and overflowing numbers, unknown enum values), following nested objects and
 * arrays. Cases of the different kinds are interleaved before the cap is applied, so a capped operation still
 * gets some of every kind.
 */
public final class CaseGenerator {

    /** Bigger than platform-commons' {@code csp.http.max-body-size=2M}. */
    public static final int OVERSIZE_BYTES = 2 * 1024 * 1024 + 64 * 1024;
    static final int HUGE_STRING = 100_000;
    private static final int MAX_FIELD_DEPTH = 3;
    private static final String JSON_TYPE = "application/json";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String HUGE = "x".repeat(HUGE_STRING);
    private static String oversize;

    private CaseGenerator() {
    }

    public static List<FuzzCase> generate(FuzzOperation op, int cap) {
        Request base = baseRequest(op);
        List<List<FuzzCase>> kinds = new ArrayList<>();
        kinds.add(bodyCases(op, base));
        kinds.add(pathCases(op, base));
        kinds.add(queryCases(op, base));
        kinds.add(headerCases(op, base));
        kinds.add(interleave(fieldCases(op, base)));
        List<FuzzCase> all = interleave(kinds);
        return all.size() > cap ? List.copyOf(all.subList(0, cap)) : all;
    }

    /** The plausible request every case breaks one thing of. */
    private record Request(Map<String, String> pathValues, Map<String, String> query, Map<String, String> headers,
            JsonNode body) {
    }

    private static Request baseRequest(FuzzOperation op) {
        Map<String, String> path = new LinkedHashMap<>();
        for (FuzzOperation.Parameter p : op.parametersIn("path")) {
            path.put(p.name(), plainValue(p.schema(), true));
        }
        Map<String, String> query = new LinkedHashMap<>();
        for (FuzzOperation.Parameter p : op.parametersIn("query")) {
            if (p.required()) {
                query.put(p.name(), plainValue(p.schema(), false));
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (FuzzOperation.Parameter p : op.parametersIn("header")) {
            headers.put(p.name(), p.name().equalsIgnoreCase("If-Match") ? "\"0\"" : plainValue(p.schema(), false));
        }
        JsonNode body = op.bodySchema() == null ? null : ValidValues.of(op.bodySchema());
        return new Request(path, query, headers, body);
    }

    /** A syntactically valid parameter value; for path ids one that exists nowhere. */
    private static String plainValue(JsonNode schema, boolean unknownId) {
        String type = SchemaResolver.typeOf(schema);
        if (SchemaResolver.formatOf(schema).equals("uuid")) {
            return UUID.randomUUID().toString();
        }
        if (type.equals("integer") || type.equals("number")) {
            return "2019";
        }
        JsonNode value = ValidValues.of(schema);
        if (unknownId && !schema.has("enum") && !schema.has("pattern")) {
            return "fuzz-unknown-" + UUID.randomUUID().toString().substring(0, 8);
        }
        return value.isTextual() ? value.asText() : value.toString();
    }

    // ---- whole-body cases ----

    private static List<FuzzCase> bodyCases(FuzzOperation op, Request base) {
        List<FuzzCase> cases = new ArrayList<>();
        if (op.bodyMediaType() == null) {
            return cases;
        }
        boolean json = op.bodyMediaType().contains("json");
        String valid = json && base.body() != null ? write(base.body()) : "a,b\n1,2\n";
        if (json) {
            cases.add(with(op, base, "truncated JSON", JSON_TYPE, valid.substring(0, Math.max(1, valid.length() / 2))));
            cases.add(with(op, base, "text that is not JSON", JSON_TYPE, "this is not JSON"));
            cases.add(with(op, base, "valid body sent as text/plain", "text/plain", valid));
            cases.add(with(op, base, "XML body", "application/xml", "<request><id>1</id></request>"));
            cases.add(with(op, base, "no body and no content type", null, null));
            cases.add(with(op, base, "oversize body", JSON_TYPE, oversizeJson()));
            cases.add(with(op, base, "empty body as JSON", JSON_TYPE, ""));
            if (base.body() != null && base.body().isObject()) {
                ObjectNode extra = base.body().deepCopy();
                extra.put("fuzzUnknownField", "surprise");
                cases.add(with(op, base, "unknown top-level field", JSON_TYPE, write(extra)));
                cases.add(with(op, base, "JSON array instead of an object", JSON_TYPE, "[" + valid + "]"));
                cases.add(with(op, base, "empty JSON object", JSON_TYPE, "{}"));
            }
            cases.add(with(op, base, "JSON null", JSON_TYPE, "null"));
            cases.add(with(op, base, "JSON string", JSON_TYPE, "\"text\""));
        } else {
            cases.add(with(op, base, "JSON sent instead of " + op.bodyMediaType(), JSON_TYPE, "{}"));
            cases.add(with(op, base, "no body and no content type", null, null));
            cases.add(with(op, base, "empty body", op.bodyMediaType(), ""));
            cases.add(with(op, base, "oversize body", op.bodyMediaType(), oversizeText()));
            cases.add(with(op, base, "binary garbage", op.bodyMediaType(), "\u0000\u0001\u0002\uFFFD\n\u0000,\"\n"));
            cases.add(with(op, base, "one huge line", op.bodyMediaType(), HUGE));
            cases.add(with(op, base, "XML body", "application/xml", "<request/>"));
        }
        return cases;
    }

    private static FuzzCase with(FuzzOperation op, Request base, String name, String contentType, String body) {
        return new FuzzCase(op, name, path(op, base.pathValues()), base.query(), base.headers(), contentType, body);
    }

    // ---- parameters ----

    private static final List<String> BAD_IDS = List.of("not-a-uuid", "-1", "9223372036854775808", "1e400",
            "' or '1'='1", "x".repeat(300), "%", "00000000-0000-0000-0000-00000000000g");

    private static List<FuzzCase> pathCases(FuzzOperation op, Request base) {
        List<FuzzCase> cases = new ArrayList<>();
        for (FuzzOperation.Parameter p : op.parametersIn("path")) {
            Map<String, String> unknown = new LinkedHashMap<>(base.pathValues());
            unknown.put(p.name(), UUID.randomUUID().toString());
            cases.add(new FuzzCase(op, "unknown id (random UUID) in path " + p.name(), path(op, unknown), base.query(),
                    base.headers(), bodyType(op), baseBody(op, base)));
            for (String bad : BAD_IDS) {
                Map<String, String> values = new LinkedHashMap<>(base.pathValues());
                values.put(p.name(), bad);
                cases.add(new FuzzCase(op, "path " + p.name() + "=" + abbreviate(bad), path(op, values), base.query(),
                        base.headers(), bodyType(op), baseBody(op, base)));
            }
        }
        return cases;
    }

    private static List<FuzzCase> queryCases(FuzzOperation op, Request base) {
        List<FuzzCase> cases = new ArrayList<>();
        for (FuzzOperation.Parameter p : op.parametersIn("query")) {
            for (String bad : badPlainValues(p.name(), p.schema())) {
                Map<String, String> query = new LinkedHashMap<>(base.query());
                query.put(p.name(), bad);
                cases.add(new FuzzCase(op, "query " + p.name() + "=" + abbreviate(bad), path(op, base.pathValues()),
                        query, base.headers(), bodyType(op), baseBody(op, base)));
            }
        }
        return cases;
    }

    private static List<FuzzCase> headerCases(FuzzOperation op, Request base) {
        List<FuzzCase> cases = new ArrayList<>();
        for (FuzzOperation.Parameter p : op.parametersIn("header")) {
            for (String bad : List.of("garbage", "\"-1\"", "\"9223372036854775808\"", "W/\"1\"", "*", "", "x".repeat(1000))) {
                Map<String, String> headers = new LinkedHashMap<>(base.headers());
                headers.put(p.name(), bad);
                cases.add(new FuzzCase(op, "header " + p.name() + "=" + abbreviate(bad), path(op, base.pathValues()),
                        base.query(), headers, bodyType(op), baseBody(op, base)));
            }
        }
        return cases;
    }

    private static List<String> badPlainValues(String name, JsonNode schema) {
        List<String> values = new ArrayList<>();
        String type = SchemaResolver.typeOf(schema);
        String format = SchemaResolver.formatOf(schema);
        if (schema.has("enum")) {
            values.add("NOT_A_VALUE");
            values.add(ValidValues.of(schema).asText().toLowerCase(Locale.ROOT) + "x");
        } else if (type.equals("integer")) {
            values.addAll(List.of("-1", "100000", "abc", "12.5", "9223372036854775808", "1e400"));
            if (schema.has("maximum")) {
                values.add(new BigDecimal(schema.get("maximum").asText()).add(BigDecimal.ONE).toPlainString());
            }
        } else if (type.equals("number")) {
            values.addAll(List.of("-1", "abc", "1e400", "NaN"));
        } else if (type.equals("boolean")) {
            values.addAll(List.of("maybe", "2"));
        } else if (format.equals("date")) {
            values.addAll(List.of("2019-02-30", "12/02/2019", "not-a-date"));
        } else if (format.equals("date-time")) {
            values.addAll(List.of("2019-02-12", "not-a-time"));
        } else if (format.equals("uuid")) {
            values.addAll(List.of("not-a-uuid", "-1"));
        } else {
            int length = schema.has("maxLength") ? Math.min(schema.get("maxLength").asInt() + 1, 2000) : 2000;
            values.addAll(List.of("x".repeat(length), "' or '1'='1", "\u0000"));
        }
        values.add("");
        if (name.equals("page")) {
            values.add(0, "-1");
        } else if (name.equals("size")) {
            values.add(0, "100000");
        }
        return values.stream().distinct().toList();
    }

    // ---- one broken field at a time ----

    private static List<List<FuzzCase>> fieldCases(FuzzOperation op, Request base) {
        List<List<FuzzCase>> perField = new ArrayList<>();
        if (base.body() == null || op.bodySchema() == null || op.bodyMediaType() == null
                || !op.bodyMediaType().contains("json")) {
            return perField;
        }
        walk(op, base, op.bodySchema(), new ArrayList<>(), false, 0, perField);
        return perField;
    }

    private static void walk(FuzzOperation op, Request base, JsonNode schema, List<Object> at, boolean required,
            int depth, List<List<FuzzCase>> out) {
        if (!at.isEmpty()) {
            List<FuzzCase> cases = new ArrayList<>();
            for (Map.Entry<String, UnaryOperator<JsonNode>> mutation : mutations(schema, required).entrySet()) {
                JsonNode body = mutate(base.body(), at, mutation.getValue());
                if (body != null) {
                    cases.add(new FuzzCase(op, pointer(at) + ": " + mutation.getKey(), path(op, base.pathValues()),
                            base.query(), base.headers(), JSON_TYPE, write(body)));
                }
            }
            out.add(cases);
        }
        String type = SchemaResolver.typeOf(schema);
        if (type.equals("object") && schema.has("properties") && depth < MAX_FIELD_DEPTH) {
            Set<String> requiredNames = new java.util.HashSet<>();
            if (schema.has("required")) {
                schema.get("required").forEach(r -> requiredNames.add(r.asText()));
            }
            Iterator<Map.Entry<String, JsonNode>> properties = schema.get("properties").fields();
            while (properties.hasNext()) {
                Map.Entry<String, JsonNode> p = properties.next();
                if (p.getValue().path("readOnly").asBoolean(false)) {
                    continue;
                }
                List<Object> next = new ArrayList<>(at);
                next.add(p.getKey());
                walk(op, base, p.getValue(), next, requiredNames.contains(p.getKey()), depth + 1, out);
            }
        } else if (type.equals("array") && schema.has("items") && depth < MAX_FIELD_DEPTH) {
            List<Object> next = new ArrayList<>(at);
            next.add(0);
            walk(op, base, schema.get("items"), next, true, depth, out);
        }
    }

    /** The broken values for a field, most telling first (a capped run keeps the first ones of each field). */
    private static Map<String, UnaryOperator<JsonNode>> mutations(JsonNode schema, boolean required) {
        Map<String, UnaryOperator<JsonNode>> m = new LinkedHashMap<>();
        String type = SchemaResolver.typeOf(schema);
        String format = SchemaResolver.formatOf(schema);
        switch (type) {
            case "integer" -> {
                m.put("string instead of integer", v -> JSON.textNode("abc"));
                m.put("overflowing number 1e400", v -> JSON.numberNode(new BigDecimal("1e400")));
                m.put("9223372036854775808 (long overflow)", v -> JSON.numberNode(new BigInteger("9223372036854775808")));
                m.put("negative -1", v -> JSON.numberNode(-1));
                m.put("fraction 12.5", v -> JSON.numberNode(new BigDecimal("12.5")));
                m.put("2147483648 (int overflow)", v -> JSON.numberNode(2147483648L));
                m.put("-9223372036854775809", v -> JSON.numberNode(new BigInteger("-9223372036854775809")));
                if (schema.has("maximum")) {
                    m.put("maximum + 1", v -> JSON.numberNode(new BigDecimal(schema.get("maximum").asText()).add(BigDecimal.ONE)));
                }
                m.put("boolean instead of integer", v -> JSON.booleanNode(true));
            }
            case "number" -> {
                m.put("string instead of number", v -> JSON.textNode("abc"));
                m.put("overflowing number 1e400", v -> JSON.numberNode(new BigDecimal("1e400")));
                m.put("negative -1", v -> JSON.numberNode(-1));
                m.put("-1e400", v -> JSON.numberNode(new BigDecimal("-1e400")));
            }
            case "boolean" -> {
                m.put("string instead of boolean", v -> JSON.textNode("yes"));
                m.put("number instead of boolean", v -> JSON.numberNode(2));
            }
            case "array" -> {
                m.put("string instead of array", v -> JSON.textNode("not-an-array"));
                m.put("array of null", v -> JSON.arrayNode().add(JSON.nullNode()));
                m.put("object instead of array", v -> JSON.objectNode());
                if (schema.has("maxItems") && schema.get("maxItems").asInt() <= 500 && schema.has("items")) {
                    int n = schema.get("maxItems").asInt() + 1;
                    m.put("maxItems + 1 items", v -> {
                        ArrayNode many = JSON.arrayNode();
                        for (int i = 0; i < n; i++) {
                            many.add(ValidValues.of(schema.get("items")));
                        }
                        return many;
                    });
                }
            }
            case "object" -> {
                m.put("string instead of object", v -> JSON.textNode("not-an-object"));
                m.put("unknown field inside", v -> {
                    ObjectNode copy = v != null && v.isObject() ? v.deepCopy() : JSON.objectNode();
                    copy.put("fuzzUnknownField", 1);
                    return copy;
                });
                m.put("array instead of object", v -> JSON.arrayNode());
            }
            default -> {
                m.put("number instead of string", v -> JSON.numberNode(12345));
                if (format.equals("date")) {
                    m.put("impossible date 2019-02-30", v -> JSON.textNode("2019-02-30"));
                    m.put("date as 12/02/2019", v -> JSON.textNode("12/02/2019"));
                } else if (format.equals("date-time")) {
                    m.put("date-time without time", v -> JSON.textNode("2019-02-12"));
                    m.put("date-time 2019-13-45T25:61:00Z", v -> JSON.textNode("2019-13-45T25:61:00Z"));
                } else if (format.equals("uuid")) {
                    m.put("not a UUID", v -> JSON.textNode("not-a-uuid"));
                    m.put("random unknown UUID", v -> JSON.textNode(UUID.randomUUID().toString()));
                } else if (schema.has("enum")) {
                    m.put("unknown enum value", v -> JSON.textNode("NOT_A_VALUE"));
                    m.put("enum value in lower case", v -> JSON.textNode(ValidValues.of(schema).asText().toLowerCase(Locale.ROOT)));
                }
                m.put("empty string", v -> JSON.textNode(""));
                m.put("100k-character string", v -> JSON.textNode(HUGE));
                if (schema.has("maxLength") && schema.get("maxLength").asInt() < HUGE_STRING) {
                    m.put("maxLength + 1 characters", v -> JSON.textNode("x".repeat(schema.get("maxLength").asInt() + 1)));
                }
                m.put("blank string", v -> JSON.textNode("   "));
                m.put("boolean instead of string", v -> JSON.booleanNode(true));
                m.put("object instead of string", v -> JSON.objectNode());
                if (!format.equals("date") && !format.equals("date-time")) {
                    m.put("control characters", v -> JSON.textNode("a\u0000b\r\nc\u202e"));
                }
            }
        }
        m.put("null", v -> JSON.nullNode());
        if (required) {
            m.put("missing", v -> null);
        }
        return m;
    }

    /** A copy of {@code body} with the value at {@code at} replaced (or removed when the mutation gives null). */
    static JsonNode mutate(JsonNode body, List<Object> at, UnaryOperator<JsonNode> mutation) {
        JsonNode copy = body.deepCopy();
        JsonNode parent = copy;
        for (int i = 0; i < at.size() - 1; i++) {
            Object step = at.get(i);
            parent = step instanceof Integer index ? parent.path(index) : parent.path((String) step);
            if (parent.isMissingNode() || parent.isNull()) {
                return null;
            }
        }
        Object last = at.get(at.size() - 1);
        if (last instanceof Integer index) {
            if (!(parent instanceof ArrayNode array) || array.size() <= index) {
                return null;
            }
            JsonNode replaced = mutation.apply(array.get(index));
            if (replaced == null) {
                array.remove((int) index);
            } else {
                array.set(index, replaced);
            }
        } else {
            if (!(parent instanceof ObjectNode object)) {
                return null;
            }
            JsonNode replaced = mutation.apply(object.get((String) last));
            if (replaced == null) {
                object.remove((String) last);
            } else {
                object.set((String) last, replaced);
            }
        }
        return copy;
    }

    // ---- helpers ----

    private static String bodyType(FuzzOperation op) {
        return op.bodyMediaType();
    }

    private static String baseBody(FuzzOperation op, Request base) {
        if (op.bodyMediaType() == null) {
            return null;
        }
        return base.body() != null ? write(base.body()) : "a,b\n1,2\n";
    }

    static String path(FuzzOperation op, Map<String, String> values) {
        String path = op.pathTemplate();
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", encode(value.getValue()));
        }
        return path;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String pointer(List<Object> at) {
        StringBuilder out = new StringBuilder();
        for (Object step : at) {
            if (step instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                out.append(out.isEmpty() ? "" : ".").append(step);
            }
        }
        return out.toString();
    }

    private static String abbreviate(String value) {
        String shown = value.replace("\u0000", "\\0");
        return shown.length() > 24 ? shown.substring(0, 12) + "…(" + shown.length() + " chars)" : shown;
    }

    static <T> List<T> interleave(List<List<T>> lists) {
        List<T> out = new ArrayList<>();
        int longest = lists.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (List<T> list : lists) {
                if (i < list.size()) {
                    out.add(list.get(i));
                }
            }
        }
        return out;
    }

    private static synchronized String oversizeJson() {
        if (oversize == null) {
            oversize = "{\"padding\":\"" + "x".repeat(OVERSIZE_BYTES) + "\"}";
        }
        return oversize;
    }

    private static String oversizeText() {
        return "a,b\n" + "1,2\n".repeat(OVERSIZE_BYTES / 4);
    }

    private static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
