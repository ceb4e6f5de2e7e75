package org.csp.plan;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.common.TopicPartition;
import org.csp.plan.domain.PriorityProposal;
import org.csp.platform.testing.KafkaTestClient;
import org.junit.jupiter.api.Test;

/**
 * plan-service reads {@code csp.assessment.events} with one consumer per partition (channel concurrency), so the
 * partitions are applied side by side; an aggregate's events still arrive and apply in the order published.
 */
@QuarkusTest
class AssessmentEventConcurrencyTest {

    static final String TOPIC = AssessmentEventConsumptionTest.TOPIC;
    static final String TYPE = "org.csp.assessment.assessment-published.v1";

    @Inject
    KafkaClientService kafka;
    @Inject
    EntityManager em;

    @Test
    void everyPartitionOfTheAssessmentTopicHasAConsumerOfItsOwn() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            // the copies are channels assessment-events$1..$3; a consumer listed under two names is counted once
            Set<KafkaConsumer<Object, Object>> consumers = Collections.newSetFromMap(new IdentityHashMap<>());
            for (String channel : kafka.getConsumerChannels()) {
                if (channel.startsWith("assessment-events")) {
                    consumers.addAll(kafka.<Object, Object>getConsumers(channel));
                }
            }
            List<Set<TopicPartition>> assignments = new ArrayList<>();
            for (KafkaConsumer<Object, Object> consumer : consumers) {
                assignments.add(consumer.getAssignments().await().atMost(Duration.ofSeconds(10)));
            }
            assertEquals(3, assignments.size(), "consumers of csp.assessment.events: " + assignments);
            Set<TopicPartition> all = new HashSet<>();
            for (Set<TopicPartition> assigned : assignments) {
                assertEquals(1, assigned.size(), "each consumer reads one partition: " + assignments);
                all.addAll(assigned);
            }
            assertEquals(Set.of(new TopicPartition(TOPIC, 0), new TopicPartition(TOPIC, 1), new TopicPartition(TOPIC, 2)), all);
        });
    }

    @Test
    void anAggregatesEventsApplyInTheOrderPublished() {
        // Each assessment publishes the same recommendation five times with a new title; the proposal keeps the first
        // one applied, so any other title means an aggregate's events were applied out of order.
        int aggregates = 9;
        int versions = 5;
        List<String> assessments = new ArrayList<>();
        List<String> recommendations = new ArrayList<>();
        List<String> firstEvents = new ArrayList<>();
        List<String> eventIds = new ArrayList<>();
        for (int a = 0; a < aggregates; a++) {
            assessments.add(UUID.randomUUID().toString());
            recommendations.add(UUID.randomUUID().toString());
        }
        for (int v = 1; v <= versions; v++) {
            for (int a = 0; a < aggregates; a++) {
                String eventId = UUID.randomUUID().toString();
                eventIds.add(eventId);
                if (v == 1) {
                    firstEvents.add(eventId);
                }
                String body = """
                        {"assessmentId":"%s","areaCode":"order-test","financialYear":"2019-20","title":"SA",
                         "priorities":[{"recommendationId":"%s","position":1,"title":"version %d","rationale":"r"}]}"""
                        .formatted(assessments.get(a), recommendations.get(a), v);
                KafkaTestClient.send(TOPIC, assessments.get(a), AssessmentEventConsumptionTest.headers(eventId, TYPE), body);
            }
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> processed(eventIds) == eventIds.size());
        for (int a = 0; a < aggregates; a++) {
            UUID recommendation = UUID.fromString(recommendations.get(a));
            PriorityProposal proposal = QuarkusTransaction.requiringNew().call(
                    () -> PriorityProposal.<PriorityProposal>find("recommendationId", recommendation).singleResult());
            assertEquals("version 1", proposal.title);
            assertEquals(firstEvents.get(a), proposal.sourceEventId);
        }
    }

    @Test
    void aRecommendationListedTwiceInOneEventIsProposedOnce() {
        String assessmentId = UUID.randomUUID().toString();
        String recommendation = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        KafkaTestClient.send(TOPIC, assessmentId, AssessmentEventConsumptionTest.headers(eventId, TYPE),
                AssessmentEventConsumptionTest.payload(assessmentId, recommendation, recommendation, UUID.randomUUID().toString()));
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(List.of(eventId)) == 1);
        assertEquals(2, AssessmentEventConsumptionTest.proposalsFor(assessmentId));
        long proposals = QuarkusTransaction.requiringNew().call(
                () -> PriorityProposal.count("recommendationId", UUID.fromString(recommendation)));
        assertEquals(1, proposals);
    }

    private long processed(List<String> eventIds) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from inbox_processed_event where consumer = 'plan' and event_id in (:ids)")
                .setParameter("ids", eventIds).getSingleResult()).longValue());
    }
}
