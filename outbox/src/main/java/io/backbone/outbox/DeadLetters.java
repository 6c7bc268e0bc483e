package io.backbone.outbox;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What a consumer parked on its dead-letter topic, read without joining any consumer group (so
 * nothing is committed and the topic is left as it is), and replayed onto the topic it came from
 * after a fix. Replaying is safe to repeat: every consumer applies an event once in effect.
 * Plain Kafka clients: the SmallRye connector has no API to read a topic on demand.
 */
public final class DeadLetters {

    /** The headers SmallRye's dead-letter strategy writes. */
    static final String REASON = "dead-letter-reason";
    static final String CAUSE = "dead-letter-cause";
    static final String ORIGIN_TOPIC = "dead-letter-topic";
    static final String ORIGIN_PARTITION = "dead-letter-partition";
    static final String ORIGIN_OFFSET = "dead-letter-offset";
    private static final Duration POLL = Duration.ofMillis(500);

    private final String bootstrapServers;

    public DeadLetters(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** One parked record: its id ({@code topic-partition-offset}), where it came from, why it was parked, and what it says. */
    public record Parked(String id, String topic, int partition, long offset, String key, String originTopic,
                         Integer originPartition, Long originOffset, String reason, String value) {
    }

    /** Every record on {@code deadLetterTopic}, oldest first (at most {@code limit}). */
    public List<Parked> list(String deadLetterTopic, int limit) {
        List<Parked> parked = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<PartitionInfo> partitions = consumer.partitionsFor(deadLetterTopic, Duration.ofSeconds(5));
            if (partitions == null || partitions.isEmpty()) {
                return parked;
            }
            List<TopicPartition> assigned = partitions.stream().map(p -> new TopicPartition(deadLetterTopic, p.partition())).toList();
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            Map<TopicPartition, Long> ends = consumer.endOffsets(assigned, Duration.ofSeconds(5));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (parked.size() < limit && System.nanoTime() < deadline
                    && assigned.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    if (parked.size() < limit) {
                        parked.add(parked(record));
                    }
                }
            }
        }
        return parked;
    }

    /** The parked record with that id, if it is still on its topic. */
    public Optional<Parked> find(String deadLetterTopic, String id) {
        return list(deadLetterTopic, Integer.MAX_VALUE).stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * Publishes the record again on the topic it came from, with its key, and {@code value} when
     * given (a corrected record) or its own value otherwise.
     */
    public void replay(Parked record, String value) throws Exception {
        if (record.originTopic() == null) {
            throw new IllegalArgumentException("record " + record.id() + " does not say which topic it came from");
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.CLIENT_ID_CONFIG, "dead-letter-replay"),
                new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> again = new ProducerRecord<>(record.originTopic(), record.key(),
                    value != null ? value : record.value());
            again.headers().add("backbone-replayed-from", record.id().getBytes(StandardCharsets.UTF_8));
            producer.send(again).get(10, TimeUnit.SECONDS);
        }
    }

    private KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.CLIENT_ID_CONFIG, "dead-letter-reader"), new StringDeserializer(), new StringDeserializer());
    }

    private static Parked parked(ConsumerRecord<String, String> record) {
        return new Parked(record.topic() + "-" + record.partition() + "-" + record.offset(), record.topic(),
                record.partition(), record.offset(), record.key(), header(record, ORIGIN_TOPIC),
                number(header(record, ORIGIN_PARTITION)) == null ? null : number(header(record, ORIGIN_PARTITION)).intValue(),
                number(header(record, ORIGIN_OFFSET)), header(record, REASON), record.value());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Long number(String text) {
        try {
            return text == null ? null : Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
