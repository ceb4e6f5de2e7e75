package org.csp.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The AsyncAPI contract check itself: what a valid event passes, what a drifted one fails with. */
class AsyncApiContractTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PUBLISHED = "org.csp.assessment.assessment-published.v1";
    static final String ASSESSMENT_ID = "3f2b8c1e-6a4d-4c9b-9e1f-2a7d5b8c0e11";

    @Test
    void aPublishedAssessmentAsTheContractDescribesItIsValid() {
        AsyncApiContract.assertValid("assessment", record("csp.assessment.events", PUBLISHED, validPayload()));
    }

    @Test
    void aPayloadMissingARequiredFieldWithABadUuidAndAnUndocumentedFieldFailsNamingEachProblem() {
        ObjectNode payload = validPayload();
        payload.remove("financialYear");
        payload.put("assessmentId", "not-a-uuid");
        payload.put("internalNote", "not in the contract");
        ((ObjectNode) payload.withArray("priorities").get(0)).remove("evidence");

        AssertionError failure = assertThrows(AssertionError.class,
                () -> AsyncApiContract.assertValid("assessment", record("csp.assessment.events", PUBLISHED, payload)));

        String message = failure.getMessage();
        assertTrue(message.contains("financialYear"), message);
        assertTrue(message.contains("assessmentId"), message);
        assertTrue(message.contains("internalNote"), message);
        assertTrue(message.contains("evidence"), message);
    }

    @Test
    void anEventTypeTheDocumentDoesNotDescribeFails() {
        List<String> violations = AsyncApiContract.violations("assessment",
                record("csp.assessment.events", "org.csp.assessment.assessment-published.v2", validPayload()));
        assertEquals(List.of("no message of the document has ce_type org.csp.assessment.assessment-published.v2"), violations);
    }

    @Test
    void anEventOnAnotherTopicThanItsChannelFails() {
        List<String> violations = AsyncApiContract.violations("assessment", record("csp.plan.events", PUBLISHED, validPayload()));
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).contains("no channel with address csp.plan.events"), violations.toString());
    }

    @Test
    void wrongCloudEventsHeadersFail() {
        ConsumerRecord<String, String> record = record("csp.assessment.events", PUBLISHED, validPayload());
        record.headers().remove("ce_source");
        record.headers().add("ce_source", "/csp/plan-service".getBytes(StandardCharsets.UTF_8));
        record.headers().remove("ce_time");

        List<String> violations = AsyncApiContract.violations("assessment", record);

        assertTrue(violations.stream().anyMatch(v -> v.contains("ce_source")), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.contains("ce_time")), violations.toString());
    }

    @Test
    void aKeyThatIsNotTheAggregateIdFails() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("csp.assessment.events", 0, 0L,
                "another-id", validPayload().toString());
        headers(PUBLISHED).forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));

        List<String> violations = AsyncApiContract.violations("assessment", record);

        assertEquals(List.of("key another-id is not the aggregate id of ce_subject strategic-assessment/" + ASSESSMENT_ID),
                violations);
    }

    @Test
    void aDecisionIsKeyedByTheIdOfItsSubjectOrByItsOwnIdWhenItHasNoneAndByNothingElse() {
        JsonNode example = AsyncApiContract.document("governance").path("components").path("messages")
                .path("decisionEffectiveV1").path("examples").get(0);
        String decision = example.path("payload").path("decisionId").asText();
        String subject = example.path("payload").path("subject").path("id").asText();
        ObjectNode noSubject = example.path("payload").deepCopy();
        ((ObjectNode) noSubject.path("subject")).put("type", "other").putNull("id");

        assertEquals(List.of(), AsyncApiContract.violations("governance", decision(example, example.path("payload"), subject)));
        assertEquals(List.of(), AsyncApiContract.violations("governance", decision(example, noSubject, decision)));
        assertEquals(List.of("key " + decision + " is not the key the document declares (the payload's /subject/id, or its"
                        + " /decisionId when that is null): " + subject),
                AsyncApiContract.violations("governance", decision(example, example.path("payload"), decision)));
        assertEquals(List.of("key another-id is not the key the document declares (the payload's /subject/id, or its"
                        + " /decisionId when that is null): " + decision),
                AsyncApiContract.violations("governance", decision(example, noSubject, "another-id")));
    }

    static ConsumerRecord<String, String> decision(JsonNode example, JsonNode payload, String key) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("csp.governance.events", 0, 0L, key, payload.toString());
        example.path("headers").fields().forEachRemaining(
                header -> record.headers().add(header.getKey(), header.getValue().asText().getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    /** The examples in the documents are what partner systems copy: each must satisfy its own schemas. */
    @Test
    void everyExampleOfEveryServiceDocumentIsValid() {
        List<String> violations = new ArrayList<>();
        int checked = 0;
        for (String service : List.of("assessment", "plan", "grant", "governance")) {
            JsonNode document = AsyncApiContract.document(service);
            Iterator<Map.Entry<String, JsonNode>> messages = document.path("components").path("messages").fields();
            while (messages.hasNext()) {
                Map.Entry<String, JsonNode> message = messages.next();
                assertTrue(message.getValue().path("examples").size() > 0, service + " " + message.getKey() + " has no example");
                for (JsonNode example : message.getValue().path("examples")) {
                    String where = service + " " + message.getKey() + " example " + example.path("name").asText() + ": ";
                    List<String> found = new ArrayList<>();
                    AsyncApiContract.validate(message.getValue().path("headers"), example.path("headers"), "header", false, found);
                    AsyncApiContract.validate(message.getValue().path("payload"), example.path("payload"), "payload", true, found);
                    found.forEach(v -> violations.add(where + v));
                    checked++;
                }
            }
        }
        assertTrue(checked >= 20, "only " + checked + " examples found");
        assertEquals(List.of(), violations);
    }

    static ObjectNode validPayload() {
        ObjectNode payload = JSON.createObjectNode()
                .put("assessmentId", ASSESSMENT_ID)
                .put("areaCode", "maidstone")
                .put("financialYear", "2019-20")
                .put("title", "Strategic Assessment 2019-20")
                .put("publishedAt", "2019-01-20T10:00:00Z");
        ArrayNode priorities = payload.putArray("priorities");
        ObjectNode priority = priorities.addObject()
                .put("recommendationId", "7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e51")
                .put("position", 1)
                .put("title", "Protecting our communities against serious, violent and organised crime")
                .put("rationale", "Sexual offences rose by 48.2% on the previous year");
        priority.putArray("categoryCodes").add("sexual-offences");
        priority.putArray("evidence").addObject()
                .put("kind", "trend").put("id", "b4d6f8a0-1c3e-4f5a-9b7d-2e4f6a8c0b21").put("summary", "Sexual offences +48.2%");
        return payload;
    }

    static ConsumerRecord<String, String> record(String topic, String type, JsonNode payload) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(topic, 0, 0L, ASSESSMENT_ID, payload.toString());
        headers(type).forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    static Map<String, String> headers(String type) {
        return Map.of(
                "ce_id", "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c61",
                "ce_source", "/csp/assessment-service",
                "ce_specversion", "1.0",
                "ce_type", type,
                "ce_time", "2019-01-20T10:00:01Z",
                "ce_subject", "strategic-assessment/" + ASSESSMENT_ID,
                "ce_dataschema", "urn:csp:events:assessment:assessment-published:1",
                "ce_actor", "officer@maidstone.test",
                "content-type", "application/json");
    }
}
