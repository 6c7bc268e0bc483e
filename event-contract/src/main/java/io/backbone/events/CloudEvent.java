package io.backbone.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * The CloudEvents 1.0 envelope (structured JSON mode) around every Backbone event.
 * {@code subject} is the member id (for exercise-changed: the exercise id), which is also the
 * Kafka record key; {@code gym} is a CloudEvents extension attribute naming the tenant
 * ({@code null} only for the global exercise library).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        Instant time,
        String subject,
        String datacontenttype,
        String gym,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";
    /**
     * The Kafka record header {@code content-type} of the CloudEvents Kafka protocol binding's
     * structured mode: what tells a CloudEvents SDK that the record's value is a whole event.
     */
    public static final String CONTENT_TYPE_HEADER = "content-type";
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    public CloudEvent {
        Required.text("specversion", specversion);
        Required.text("id", id);
        Required.text("source", source);
        Required.text("type", type);
        Required.value("time", time);
        Required.text("subject", subject);
        Required.value("data", data);
        if (datacontenttype == null) {
            datacontenttype = JSON;
        }
    }

    /** The Kafka record key: events of one subject stay in order on one partition. */
    public String key() {
        return subject;
    }
}
