package io.backbone.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Parks single records of a batch consumer on a dead-letter topic, with the headers SmallRye's
 * dead-letter strategy writes, so {@link DeadLetters} lists and replays them like any other. A
 * batch consumer needs it because the connector's strategy parks a failed batch whole, good
 * records with the bad one.
 */
@ApplicationScoped
public class DeadLetterParking {

    @Inject
    KafkaEventPublisher publisher;
    @Inject
    OutboxConfig config;
    @Inject
    InfrastructureRetry retry;

    /**
     * What {@code read} makes of each record of a batch, in order, leaving out the records it
     * returns null for (not this consumer's concern); a record it cannot read is parked at once.
     */
    public <T> List<Read<T>> readOrPark(String deadLetterTopic, ConsumerRecords<String, String> records,
                                        Function<ConsumerRecord<String, String>, T> read) {
        List<Read<T>> readable = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            T value;
            try {
                value = read.apply(record);
            } catch (RuntimeException unreadable) {
                retry.run(() -> park(deadLetterTopic, record, unreadable)); // Kafka away: waits for it
                continue;
            }
            if (value != null) {
                readable.add(new Read<>(value, record));
            }
        }
        return readable;
    }

    /** A record as a consumer read it, with the record itself, to park it should applying it fail. */
    public record Read<T>(T value, ConsumerRecord<String, String> record) {
    }

    /** Parks {@code record} and waits for Kafka's acknowledgement: the record is committed past only once it is parked. */
    public void park(String deadLetterTopic, ConsumerRecord<String, String> record, Throwable reason) {
        ProducerRecord<String, String> parked = new ProducerRecord<>(deadLetterTopic, null, record.key(), record.value(),
                new RecordHeaders(record.headers().toArray()));
        parked.headers().add(DeadLetters.REASON, bytes(String.valueOf(reason.getMessage())))
                .add(DeadLetters.CAUSE, bytes(reason.getClass().getName()))
                .add(DeadLetters.ORIGIN_TOPIC, bytes(record.topic()))
                .add(DeadLetters.ORIGIN_PARTITION, bytes(String.valueOf(record.partition())))
                .add(DeadLetters.ORIGIN_OFFSET, bytes(String.valueOf(record.offset())));
        try {
            publisher.sendAsIs(parked).get(config.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not park " + record.topic() + "-" + record.partition() + "-"
                    + record.offset() + " on " + deadLetterTopic, e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
