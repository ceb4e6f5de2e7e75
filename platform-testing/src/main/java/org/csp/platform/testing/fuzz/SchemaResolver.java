package org.csp.platform.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Resolves {@code $ref}s of an OpenAPI 3.x document into self-contained schemas: a {@code $ref} is replaced by
 * the referenced schema merged with its siblings (OpenAPI 3.1 allows {@code type}, {@code examples},
 * {@code description} next to a {@code $ref}); a single {@code allOf} is flattened the same way. Recursion is
 * cut at a fixed depth, so self-referencing schemas terminate.
 */
final class SchemaResolver {

    private static final int MAX_DEPTH = 6;
    private final JsonNode document;

    SchemaResolver(JsonNode document) {
        this.document = document;
    }

    JsonNode resolve(JsonNode schema) {
        return resolve(schema, 0);
    }

    private JsonNode resolve(JsonNode schema, int depth) {
        if (schema == null || !schema.isObject()) {
            return schema;
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        if (schema.has("$ref") && depth < MAX_DEPTH) {
            JsonNode target = resolve(lookup(schema.get("$ref").asText()), depth + 1);
            if (target != null && target.isObject()) {
                out.setAll((ObjectNode) target);
            }
        }
        if (schema.has("allOf") && schema.get("allOf").isArray() && depth < MAX_DEPTH) {
            for (JsonNode part : schema.get("allOf")) {
                JsonNode resolved = resolve(part, depth + 1);
                if (resolved != null && resolved.isObject()) {
                    mergeInto(out, (ObjectNode) resolved);
                }
            }
        }
        Iterator<Map.Entry<String, JsonNode>> fields = schema.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (name.equals("$ref") || name.equals("allOf")) {
                continue;
            }
            if (depth >= MAX_DEPTH) {
                out.set(name, field.getValue());
            } else if (name.equals("properties") && field.getValue().isObject()) {
                ObjectNode properties = out.has("properties") && out.get("properties").isObject()
                        ? (ObjectNode) out.get("properties") : JsonNodeFactory.instance.objectNode();
                field.getValue().fields().forEachRemaining(p -> properties.set(p.getKey(), resolve(p.getValue(), depth + 1)));
                out.set("properties", properties);
            } else if (name.equals("items")) {
                out.set(name, resolve(field.getValue(), depth + 1));
            } else {
                out.set(name, field.getValue());
            }
        }
        return out;
    }

    private static void mergeInto(ObjectNode out, ObjectNode part) {
        part.fields().forEachRemaining(f -> {
            if (f.getKey().equals("properties") && out.has("properties") && f.getValue().isObject()) {
                ((ObjectNode) out.get("properties")).setAll((ObjectNode) f.getValue());
            } else if (f.getKey().equals("required") && out.has("required") && f.getValue().isArray()) {
                out.withArray("required").addAll((com.fasterxml.jackson.databind.node.ArrayNode) f.getValue());
            } else {
                out.set(f.getKey(), f.getValue());
            }
        });
    }

    private JsonNode lookup(String ref) {
        if (!ref.startsWith("#/")) {
            return null;
        }
        JsonNode node = document.at(ref.substring(1));
        return node.isMissingNode() ? null : node;
    }

    /** The schema's type, inferring {@code string} for an enum without a type and {@code object} for properties. */
    static String typeOf(JsonNode schema) {
        if (schema == null) {
            return "";
        }
        JsonNode type = schema.get("type");
        if (type != null && type.isTextual()) {
            return type.asText();
        }
        if (type != null && type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (schema.has("enum")) {
            return "string";
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        return "";
    }

    static String formatOf(JsonNode schema) {
        return schema != null && schema.has("format") ? schema.get("format").asText() : "";
    }
}
