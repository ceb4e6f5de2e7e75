package org.csp.platform.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Checks that an event a service really published matches its AsyncAPI document
 * ({@code contracts/asyncapi/<service>-service.yaml}), so the document cannot drift from the code.
 *
 * <p>The message is chosen by the record's {@code ce_type} header among the document's
 * {@code components.messages}. Then: the record's topic is a channel of the document that lists that
 * message; the CloudEvents headers validate against the message's {@code headers} schema; the key is
 * the aggregate id of {@code ce_subject}; and the value validates against the message's {@code payload}
 * schema, <em>strictly</em>: an object may carry no field the document does not describe (a producer
 * that adds a field must document it; consumers stay tolerant, see docs/event-versioning.md).
 *
 * <p>A service test calls it on a record read back from Kafka:
 * <pre>{@code
 * ConsumerRecord<String, String> record = KafkaTestClient.awaitRecord("csp.assessment.events",
 *         r -> id.equals(r.key()), Duration.ofSeconds(30));
 * AsyncApiContract.assertValid("assessment", record);
 * }</pre>
 *
 * <p>The document is read from the classpath ({@code asyncapi/<service>-service.yaml}) if a module puts
 * it there, otherwise from {@code contracts/asyncapi/} in the repository, found from the working
 * directory upwards (Maven runs a module's tests in the module's directory).
 */
public final class AsyncApiContract {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Map<String, JsonNode> DOCUMENTS = new ConcurrentHashMap<>();

    private AsyncApiContract() {
    }

    /** Fails with every violation listed when the record does not match {@code <service>}'s AsyncAPI document. */
    public static void assertValid(String service, ConsumerRecord<String, String> record) {
        List<String> violations = violations(service, record);
        if (!violations.isEmpty()) {
            throw new AssertionError("event on " + record.topic() + " (ce_type " + header(record, "ce_type")
                    + ") does not match contracts/asyncapi/" + service + "-service.yaml:\n  - "
                    + String.join("\n  - ", violations) + "\nvalue: " + record.value());
        }
    }

    /** What is wrong with the record against {@code <service>}'s AsyncAPI document; empty when it matches. */
    public static List<String> violations(String service, ConsumerRecord<String, String> record) {
        JsonNode document = document(service);
        List<String> violations = new ArrayList<>();
        String type = header(record, "ce_type");
        if (type == null) {
            return List.of("the record has no ce_type header");
        }
        String messageId = messageIdFor(document, type);
        if (messageId == null) {
            return List.of("no message of the document has ce_type " + type);
        }
        JsonNode message = document.path("components").path("messages").path(messageId);

        if (record.topic() != null && !channelCarries(document, record.topic(), messageId)) {
            violations.add("no channel with address " + record.topic() + " lists message " + messageId);
        }

        ObjectNode headers = JSON.createObjectNode();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        validate(message.path("headers"), headers, "header", false, violations);

        String subject = header(record, "ce_subject");
        if (record.key() == null || record.key().isBlank()) {
            violations.add("the record has no key (the aggregate id)");
        } else if (subject != null && !subject.endsWith("/" + record.key())) {
            violations.add("key " + record.key() + " is not the aggregate id of ce_subject " + subject);
        }

        JsonNode payload;
        try {
            payload = JSON.readTree(record.value() == null ? "" : record.value());
        } catch (JsonProcessingException e) {
            violations.add("the value is not JSON: " + e.getOriginalMessage());
            return violations;
        }
        if (payload == null || payload.isMissingNode()) {
            violations.add("the record has no value");
            return violations;
        }
        validate(message.path("payload"), payload, "payload", true, violations);
        return violations;
    }

    /** Validates a payload (as JSON text) against the payload schema of the message with this ce_type. */
    public static List<String> payloadViolations(String service, String ceType, String payloadJson) {
        JsonNode document = document(service);
        String messageId = messageIdFor(document, ceType);
        if (messageId == null) {
            return List.of("no message of the document has ce_type " + ceType);
        }
        List<String> violations = new ArrayList<>();
        try {
            validate(document.path("components").path("messages").path(messageId).path("payload"),
                    JSON.readTree(payloadJson), "payload", true, violations);
        } catch (JsonProcessingException e) {
            violations.add("the value is not JSON: " + e.getOriginalMessage());
        }
        return violations;
    }

    /** The whole AsyncAPI document of a service, as parsed YAML. */
    public static JsonNode document(String service) {
        return DOCUMENTS.computeIfAbsent(service, AsyncApiContract::load);
    }

    /** Validates {@code instance} against {@code schema}; {@code closed} forbids fields the schema does not describe. */
    public static void validate(JsonNode schema, JsonNode instance, String what, boolean closed, List<String> violations) {
        if (schema.isMissingNode()) {
            violations.add("the message describes no " + what + " schema");
            return;
        }
        JsonNode effective = closed ? close(schema.deepCopy()) : schema;
        Schema compiled = SCHEMAS.getSchema(effective);
        for (Error error : compiled.validate(instance)) {
            violations.add(what + " " + error.getInstanceLocation() + ": " + error.getMessage());
        }
    }

    private static String messageIdFor(JsonNode document, String ceType) {
        Iterator<Map.Entry<String, JsonNode>> messages = document.path("components").path("messages").fields();
        while (messages.hasNext()) {
            Map.Entry<String, JsonNode> entry = messages.next();
            JsonNode constType = entry.getValue().path("headers").path("properties").path("ce_type").path("const");
            if (ceType.equals(constType.asText(null))) {
                return entry.getKey();
            }
        }
        return null;
    }

    private static boolean channelCarries(JsonNode document, String topic, String messageId) {
        String ref = "#/components/messages/" + messageId;
        for (JsonNode channel : iterable(document.path("channels"))) {
            if (topic.equals(channel.path("address").asText())) {
                for (JsonNode message : iterable(channel.path("messages"))) {
                    if (ref.equals(message.path("$ref").asText())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Every object schema that lists properties and says nothing of others gets additionalProperties: false. */
    private static JsonNode close(JsonNode schema) {
        if (schema instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            object.fields().forEachRemaining(field -> close(field.getValue()));
        } else if (schema.isArray()) {
            schema.forEach(AsyncApiContract::close);
        }
        return schema;
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        List<JsonNode> values = new ArrayList<>();
        node.elements().forEachRemaining(values::add);
        return values;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static JsonNode load(String service) {
        String file = service + "-service.yaml";
        try (InputStream in = AsyncApiContract.class.getClassLoader().getResourceAsStream("asyncapi/" + file)) {
            if (in != null) {
                return YAML.readTree(in);
            }
            Path found = locate(file);
            try (InputStream fromRepo = Files.newInputStream(found)) {
                return YAML.readTree(fromRepo);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the AsyncAPI document " + file, e);
        }
    }

    /** {@code contracts/asyncapi/<file>} in the working directory or one of its parents. */
    static Path locate(String file) {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolve("contracts").resolve("asyncapi").resolve(file);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("contracts/asyncapi/" + file + " not found from " + System.getProperty("user.dir")
                + " upwards (and not on the classpath as asyncapi/" + file + ")");
    }
}
