package io.backbone.program.repository;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.bson.Document;

import java.util.Map;

/**
 * The rules' records (plan, state, changes) stored as plain sub-documents: readable in the
 * database, and free of any persistence annotation in the rules.
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
}
