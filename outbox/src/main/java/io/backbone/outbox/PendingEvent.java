package io.backbone.outbox;

import io.backbone.events.CloudEvent;
import io.backbone.events.EventCodec;
import io.backbone.events.EventType;

import java.time.Instant;

/**
 * An event waiting inside the document whose write produced it. Storing the document stores the
 * event in the same atomic write; the {@link OutboxRelay} publishes it and then removes it.
 */
public class PendingEvent {
    public String id;
    public String topic;
    public String key;
    public String payload;
    public Instant createdAt;

    public PendingEvent() {
    }

    public static PendingEvent of(CloudEvent event) {
        PendingEvent pending = new PendingEvent();
        pending.id = event.id();
        pending.topic = EventType.ofType(event.type())
                .orElseThrow(() -> new IllegalArgumentException("unknown event type " + event.type())).topic();
        pending.key = event.key();
        pending.payload = EventCodec.encode(event);
        pending.createdAt = event.time();
        return pending;
    }
}
