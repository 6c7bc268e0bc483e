package io.backbone.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.time.Instant;
import java.util.UUID;

/**
 * Reads and writes events. Producers and consumers go through this class only, so the wire
 * format is defined once. Unknown fields are tolerated (forward compatibility); a missing
 * required field makes {@link #decode} throw {@link MalformedEventException}.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    private EventCodec() {
    }

    /** Wraps a payload in a new envelope with a fresh event id. */
    public static CloudEvent wrap(String source, String subject, String gym, Object payload) {
        return wrap(UUID.randomUUID().toString(), source, subject, gym, Instant.now(), payload);
    }

    /** Wraps a payload with a caller-chosen id: an outbox keeps the id so a re-publish is the same event. */
    public static CloudEvent wrap(String id, String source, String subject, String gym, Instant time, Object payload) {
        EventType type = EventType.ofPayload(payload.getClass());
        return new CloudEvent(CloudEvent.SPEC_VERSION, id, source, type.type(), time, subject,
                CloudEvent.JSON, gym, MAPPER.valueToTree(payload));
    }

    public static String encode(CloudEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode event " + event.id(), e);
        }
    }

    public static CloudEvent decode(String json) {
        if (json == null || json.isBlank()) {
            throw new MalformedEventException("empty event", null);
        }
        try {
            return MAPPER.readValue(json, CloudEvent.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException(rootMessage(e), e);
        }
    }

    /** The payload of an event, checked against the expected type. */
    public static <T> T payload(CloudEvent event, Class<T> payloadClass) {
        EventType expected = EventType.ofPayload(payloadClass);
        if (!expected.type().equals(event.type())) {
            throw new MalformedEventException("expected type " + expected.type() + " but was " + event.type(), null);
        }
        try {
            return MAPPER.treeToValue(event.data(), payloadClass);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException(rootMessage(e), e);
        }
    }

    /** Decode and read the payload in one step. */
    public static <T> T decodePayload(String json, Class<T> payloadClass) {
        return payload(decode(json), payloadClass);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
