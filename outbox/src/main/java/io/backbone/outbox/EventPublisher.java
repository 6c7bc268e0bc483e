package io.backbone.outbox;

/** Sends one record to Kafka and returns once the broker acknowledged it (acks=all). */
public interface EventPublisher {
    void publish(String topic, String key, String value) throws Exception;
}
