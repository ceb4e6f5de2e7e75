package org.csp.systemtests;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The system's Kafka as a partner system or an operator sees it: read a topic from the beginning to its
 * current end, send raw records (poison, hand-made events), and look at or reset consumer groups' offsets.
 */
final class Topics {

    static final String ASSESSMENT = "csp.assessment.events";
    static final String PLAN = "csp.plan.events";
    static final String GRANT = "csp.grant.events";
    static final String GOVERNANCE = "csp.governance.events";

    private Topics() {
    }

    private static String bootstrap() {
        return TheSystem.get().kafkaBootstrapServers();
    }

    /** Every record on the topic, from its start to the end it had when this was called (none if it does not exist). */
    static List<ConsumerRecord<String, String>> readAll(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            if (partitions.isEmpty()) {
                return records;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            Instant deadline = Instant.now().plusSeconds(60);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("could not read " + topic + " to its end within 60 s");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Sends one record exactly as given. */
    static void send(String topic, String key, Map<String, String> headers, String value) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            RecordHeaders recordHeaders = new RecordHeaders();
            headers.forEach((name, v) -> recordHeaders.add(name, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(new ProducerRecord<>(topic, null, key, value, recordHeaders)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not send a record to " + topic, e);
        }
    }

    /** A record to send: key, headers, value. */
    record Outgoing(String key, Map<String, String> headers, String value) {
    }

    /** Sends many records through one producer, as fast as the broker takes them. */
    static void sendAll(String topic, List<Outgoing> records) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            List<java.util.concurrent.Future<?>> acks = new ArrayList<>();
            for (Outgoing o : records) {
                RecordHeaders headers = new RecordHeaders();
                o.headers().forEach((name, v) -> headers.add(name, v.getBytes(StandardCharsets.UTF_8)));
                acks.add(producer.send(new ProducerRecord<>(topic, null, o.key(), o.value(), headers)));
            }
            for (var ack : acks) {
                ack.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not send records to " + topic, e);
        }
    }

    /** The CloudEvents headers of docs/events.md for a hand-made event {@code org.csp.<service>.<name>.v<version>}. */
    static Map<String, String> cloudEvent(String service, String name, int version, String subject) {
        Map<String, String> headers = new HashMap<>();
        headers.put("ce_id", UUID.randomUUID().toString());
        headers.put("ce_source", "/csp/" + service + "-service");
        headers.put("ce_specversion", "1.0");
        headers.put("ce_type", "org.csp." + service + "." + name + ".v" + version);
        headers.put("ce_time", "2019-02-12T20:00:00Z");
        headers.put("ce_subject", subject);
        headers.put("ce_dataschema", "urn:csp:events:" + service + ":" + name + ":" + version);
        headers.put("ce_actor", "system-test");
        headers.put("content-type", "application/json");
        return headers;
    }

    private static Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        return Admin.create(props);
    }

    /** How many records of the topics the group has not committed yet (a topic it never committed counts whole). */
    static long lag(String group, String... topics) {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (var description : admin.describeTopics(List.of(topics)).allTopicNames().get().values()) {
                description.partitions().forEach(p -> latest.put(new TopicPartition(description.name(), p.partition()), OffsetSpec.latest()));
            }
            long lag = 0;
            for (var end : admin.listOffsets(latest).all().get().entrySet()) {
                OffsetAndMetadata c = committed.get(end.getKey());
                lag += end.getValue().offset() - (c == null ? 0 : c.offset());
            }
            return lag;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not read the offsets of group " + group, e);
        }
    }

    /** Moves a stopped consumer group back to the start of every partition of the topics (it must have no members). */
    static void resetToEarliest(String group, String... topics) {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            for (var description : admin.describeTopics(List.of(topics)).allTopicNames().get().values()) {
                description.partitions().forEach(p -> earliest.put(new TopicPartition(description.name(), p.partition()), OffsetSpec.earliest()));
            }
            Map<TopicPartition, OffsetAndMetadata> reset = admin.listOffsets(earliest).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue().offset())));
            admin.alterConsumerGroupOffsets(group, reset).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not reset the offsets of group " + group + " on " + Set.of(topics), e);
        }
    }
}
