package org.csp.platform.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/**
 * A plausible valid value for a schema: its example when it has one, else one made from its type, format and
 * bounds. Malformed requests are made by breaking one thing in an otherwise plausible body, so the service
 * gets past the first check and its deeper validation is exercised too.
 */
final class ValidValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 5;

    private ValidValues() {
    }

    static JsonNode of(JsonNode schema) {
        return of(schema, 0);
    }

    private static JsonNode of(JsonNode schema, int depth) {
        if (schema == null) {
            return JSON.textNode("fuzz");
        }
        JsonNode example = exampleOf(schema);
        if (example != null) {
            return example.deepCopy();
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(0).deepCopy();
        }
        if (schema.has("default") && !schema.get("default").isNull()) {
            return schema.get("default").deepCopy();
        }
        switch (SchemaResolver.typeOf(schema)) {
            case "object": {
                ObjectNode object = JSON.objectNode();
                if (depth < MAX_DEPTH && schema.has("properties")) {
                    schema.get("properties").fields().forEachRemaining(p -> object.set(p.getKey(), of(p.getValue(), depth + 1)));
                }
                return object;
            }
            case "array": {
                ArrayNode array = JSON.arrayNode();
                if (depth < MAX_DEPTH) {
                    array.add(of(schema.get("items"), depth + 1));
                }
                return array;
            }
            case "integer": {
                long value = schema.has("minimum") ? Math.max(1, schema.get("minimum").asLong()) : 1;
                return JSON.numberNode(value);
            }
            case "number":
                return JSON.numberNode(schema.has("minimum") ? Math.max(1, schema.get("minimum").asDouble()) : 1.5);
            case "boolean":
                return JSON.booleanNode(false);
            default:
                return JSON.textNode(stringFor(schema));
        }
    }

    private static String stringFor(JsonNode schema) {
        switch (SchemaResolver.formatOf(schema)) {
            case "date":
                return "2019-02-12";
            case "date-time":
                return "2019-02-12T19:00:00Z";
            case "uuid":
                return UUID.randomUUID().toString();
            default:
                int max = schema.has("maxLength") ? schema.get("maxLength").asInt() : 40;
                String text = "fuzz-" + UUID.randomUUID().toString().substring(0, 8);
                return text.substring(0, Math.max(1, Math.min(text.length(), max)));
        }
    }

    static JsonNode exampleOf(JsonNode schema) {
        JsonNode examples = schema.get("examples");
        if (examples != null && examples.isArray() && examples.size() > 0) {
            return examples.get(0);
        }
        JsonNode example = schema.get("example");
        return example == null || example.isNull() ? null : example;
    }
}
