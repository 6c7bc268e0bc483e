package io.backbone.program.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.bson.Document;

import java.util.Map;

/**
 * The rules' records stored free of any persistence annotation in the rules: small ones (intake,
 * screening, changes) as sub-documents; the plan and the state, which adaptation decodes and
 * encodes for every batch of a member's events, as JSON text. Text is still readable in the
 * database, and costs a fraction of a tree of sub-documents: no map per object for the driver to
 * build and walk, and one Jackson pass instead of two (document to tokens to record).
 */
public final class StoredJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private StoredJson() {
    }

    @SuppressWarnings("unchecked")
    public static Document toDocument(Object value) {
        return value == null ? null : new Document(MAPPER.convertValue(value, Map.class));
    }

    public static <T> T fromDocument(Document document, Class<T> type) {
        return document == null ? null : MAPPER.convertValue(document, type);
    }

    public static String toJson(Object value) {
        try {
            return value == null ? null : MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store " + value.getClass().getSimpleName(), e);
        }
    }

    public static <T> T fromJson(String json, Class<T> type) {
        try {
            return json == null ? null : MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is unreadable", e);
        }
    }
}
