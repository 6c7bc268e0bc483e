package io.backbone.progress.support;

import io.backbone.events.CloudEvent;
import io.backbone.events.EventCodec;
import io.backbone.events.EventType;
import io.backbone.events.MemberEnrolled;
import io.backbone.events.ProgramChanged;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.backbone.testing.PlatformResource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Publishes what program-service would, so progress-service can be tested on its own. */
public final class Events {

    private Events() {
    }

    public static void send(KafkaCompanion companion, CloudEvent event) {
        String topic = EventType.ofType(event.type()).orElseThrow().topic();
        send(companion, topic, event.key(), EventCodec.encode(event));
    }

    /** Many events in one batch: much faster than one by one. */
    public static void sendAll(KafkaCompanion companion, List<CloudEvent> events) {
        companion.produceStrings().fromRecords(events.stream().map(e -> new ProducerRecord<>(
                EventType.ofType(e.type()).orElseThrow().topic(), e.key(), EventCodec.encode(e))).toList())
                .awaitCompletion(Duration.ofSeconds(30));
    }

    public static void send(KafkaCompanion companion, String topic, String key, String value) {
        companion.produceStrings().fromRecords(new ProducerRecord<>(topic, key, value)).awaitCompletion(Duration.ofSeconds(10));
    }

    /** Waits until a consumer group has committed everything published so far on the given topics. */
    public static void awaitConsumed(String group, String... topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, PlatformResource.bootstrapServers()))) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (var description : admin.describeTopics(List.of(topics)).allTopicNames().get().values()) {
                description.partitions().forEach(p -> latest.put(new TopicPartition(description.name(), p.partition()), OffsetSpec.latest()));
            }
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((tp, info) -> ends.put(tp, info.offset()));
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                return ends.entrySet().stream().allMatch(e -> e.getValue() == 0
                        || committed.containsKey(e.getKey()) && committed.get(e.getKey()).offset() >= e.getValue());
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void enrolWithProgramme(KafkaCompanion companion, String gym, String memberId, Instant at,
                                          int sessionsPerWeek, String track, List<String> exerciseIds) {
        send(companion, EventCodec.wrap("/program-service", memberId, gym, new MemberEnrolled(memberId, gym, at)));
        send(companion, EventCodec.wrap("/program-service", memberId, gym, new ProgramChanged("p-" + memberId, memberId,
                gym, 1, ProgramChanged.ACTIVE, sessionsPerWeek, exerciseIds, "Your first programme", at, track)));
    }
}
