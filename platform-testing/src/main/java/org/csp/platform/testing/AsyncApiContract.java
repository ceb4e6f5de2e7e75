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
 * the aggregate id of {@code ce_subject}, or, for a message that declares another key
 * ({@code x-csp-record-key: {from: <JSON pointer>, otherwise: <JSON pointer>}}, e.g. governance decisions,
 * keyed by their subject's id), exactly that key taken from the payload; and the value validates against the message's {@code payload}
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
    /** A message's declaration of a record key other than the aggregate id of ce_subject. */
    static final String RECORD_KEY = "x-csp-record-key";

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

        JsonNode payload;
        String unreadable = null;
        try {
            payload = JSON.readTree(record.value() == null ? "" : record.value());
        } catch (JsonProcessingException e) {
            payload = null;
            unreadable = "the value is not JSON: " + e.getOriginalMessage();
        }
        if (unreadable == null && (payload == null || payload.isMissingNode())) {
            payload = null;
            unreadable = "the record has no value";
        }

        checkKey(record, message.path(RECORD_KEY), payload, violations);

        if (unreadable != null) {
            violations.add(unreadable);
            return violations;
        }
        validate(message.path("payload"), payload, "payload", true, violations);
        return violations;
    }

    /**
     * The key is the aggregate id of {@code ce_subject}, unless the message declares another key in
     * {@code x-csp-record-key}: then it is exactly that one, the text at the JSON pointer {@code from} of the
     * payload, or at {@code otherwise} when {@code from} is null or absent (governance decisions: the id of
     * the decision's subject, else the decision id). Nothing else passes.
     */
    private static void checkKey(ConsumerRecord<String, String> record, JsonNode declared, JsonNode payload, List<String> violations) {
        String key = record.key();
        String subject = header(record, "ce_subject");
        if (declared.isMissingNode()) {
            if (key == null || key.isBlank()) {
                violations.add("the record has no key (the aggregate id)");
            } else if (subject != null && !subject.endsWith("/" + key)) {
                violations.add("key " + key + " is not the aggregate id of ce_subject " + subject);
            }
            return;
        }
        String from = declared.path("from").asText("");
        String otherwise = declared.path("otherwise").asText("");
        String rule = "the payload's " + from + (otherwise.isEmpty() ? "" : ", or its " + otherwise + " when that is null");
        if (from.isEmpty()) {
            violations.add("the message's " + RECORD_KEY + " names no payload field (from)");
            return;
        }
        if (key == null || key.isBlank()) {
            violations.add("the record has no key (" + rule + ")");
            return;
        }
        if (payload == null) {
            return; // the unreadable value is reported; the key cannot be derived from it
        }
        String expected = text(payload, from);
        if (expected == null && !otherwise.isEmpty()) {
            expected = text(payload, otherwise);
        }
        if (expected == null) {
            violations.add("the payload has no value at " + from + (otherwise.isEmpty() ? "" : " or " + otherwise)
                    + ", so the record key the document declares cannot be checked");
        } else if (!expected.equals(key)) {
            violations.add("key " + key + " is not the key the document declares (" + rule + "): " + expected);
        }
    }

    /** The text at a JSON pointer of the payload; null when it is absent, null or empty. */
    private static String text(JsonNode payload, String pointer) {
        JsonNode node = payload.at(pointer);
        return node.isMissingNode() || node.isNull() || node.asText().isEmpty() ? null : node.asText();
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
