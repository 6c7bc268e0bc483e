package io.backbone.outbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import io.backbone.events.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Future;

/**
 * Publishes with an idempotent producer, so a retried send never duplicates inside Kafka. Every
 * record is a structured-mode CloudEvent of the CloudEvents Kafka protocol binding: the value is
 * the whole event and the {@code content-type} header says so.
 */
@ApplicationScoped
public class KafkaEventPublisher implements EventPublisher {

    private final KafkaProducer<String, String> producer;
    private static final byte[] STRUCTURED = CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8);


    @Inject
    public KafkaEventPublisher(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, OutboxConfig config) {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaConfig.getOrDefault("bootstrap.servers", "localhost:9092"));
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // the relay sends a batch before it awaits the acknowledgements, so the producer batches by itself
        props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, config.publishTimeout().toMillis());
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) config.publishTimeout().toMillis());
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(config.publishTimeout().toMillis(), 5000));
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    @Override
    public Future<?> send(String topic, String key, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        record.headers().add(CloudEvent.CONTENT_TYPE_HEADER, STRUCTURED);
        return producer.send(record);
    }

    /** Sends a record as it is, headers and all (a parked dead letter). */
    Future<?> sendAsIs(ProducerRecord<String, String> record) {
        return producer.send(record);
    }


    @PreDestroy
    void close() {
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
