package io.backbone.outbox;

import java.util.concurrent.Future;

/** Sends records to Kafka; each returned future completes once the broker acknowledged the record (acks=all). */
public interface EventPublisher {

    /** Sends without waiting, so many records can share one round trip to the broker. */
    Future<?> send(String topic, String key, String value);
}
