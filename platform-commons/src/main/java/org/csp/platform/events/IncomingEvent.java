package org.csp.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** A CloudEvent read from a Kafka record in binary mode: attributes from headers, data from the value. */
public record IncomingEvent(String id, String source, EventType type, String subject, Instant time,
        String actor, String actorAgency, String key, JsonNode data) {

    public static IncomingEvent from(ConsumerRecord<String, String> record, ObjectMapper json) {
        String id = required(record, CloudEventHeaders.ID);
        String spec = required(record, CloudEventHeaders.SPEC_VERSION);
        if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(spec)) {
            throw new PoisonMessageException("unsupported CloudEvents specversion '" + spec + "'");
        }
        EventType type = EventType.parse(required(record, CloudEventHeaders.TYPE));
        String source = required(record, CloudEventHeaders.SOURCE);
        Instant time = null;
        String rawTime = header(record, CloudEventHeaders.TIME);
        if (rawTime != null) {
            try {
                time = Instant.parse(rawTime);
            } catch (DateTimeParseException e) {
                throw new PoisonMessageException("ce_time is not an RFC 3339 timestamp: '" + rawTime + "'");
            }
        }
        if (record.value() == null || record.value().isBlank()) {
            throw new PoisonMessageException("event " + id + " has no data");
        }
        JsonNode data;
        try {
            data = json.readTree(record.value());
        } catch (JsonProcessingException e) {
            throw new PoisonMessageException("event " + id + " data is not valid JSON: " + e.getOriginalMessage());
        }
        if (!data.isObject()) {
            throw new PoisonMessageException("event " + id + " data is not a JSON object");
        }
        return new IncomingEvent(id, source, type, header(record, CloudEventHeaders.SUBJECT), time,
                header(record, CloudEventHeaders.ACTOR), header(record, CloudEventHeaders.ACTOR_AGENCY),
                record.key(), data);
    }

    /** Reads the data as the given payload class; a payload that does not fit is poison. */
    public <T> T dataAs(Class<T> payloadClass, ObjectMapper json) {
        try {
            return json.readerFor(payloadClass)
                    .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(data);
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new PoisonMessageException("event " + id + " (" + type + ") data does not match "
                    + payloadClass.getSimpleName() + ": " + e.getMessage());
        }
    }

    /** A required text field of the data; missing or blank is poison. */
    public String requiredText(String field) {
        JsonNode node = data.get(field);
        if (node == null || !node.isValueNode() || node.asText().isBlank()) {
            throw new PoisonMessageException("event " + id + " (" + type + ") has no '" + field + "'");
        }
        return node.asText();
    }

    private static String required(ConsumerRecord<String, String> record, String name) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new PoisonMessageException("missing CloudEvents header " + name);
        }
        return value;
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
