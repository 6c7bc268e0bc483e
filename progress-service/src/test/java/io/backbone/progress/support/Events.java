package io.backbone.progress.support;

import io.backbone.events.CloudEvent;
import io.backbone.events.EventCodec;
import io.backbone.events.EventType;
import io.backbone.events.MemberEnrolled;
import io.backbone.events.ProgramChanged;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

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

    public static void enrolWithProgramme(KafkaCompanion companion, String gym, String memberId, Instant at,
                                          int sessionsPerWeek, String track, List<String> exerciseIds) {
        send(companion, EventCodec.wrap("/program-service", memberId, gym, new MemberEnrolled(memberId, gym, at)));
        send(companion, EventCodec.wrap("/program-service", memberId, gym, new ProgramChanged("p-" + memberId, memberId,
                gym, 1, ProgramChanged.ACTIVE, sessionsPerWeek, exerciseIds, "Your first programme", at, track)));
    }
}
