package io.backbone.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/asyncapi.yaml says what the records say: a field added to a record and not to the document
 * (or the other way round), a field whose required-ness or JSON type differs, a type on another
 * topic, or a topic without its channel, fails the build. The AsyncAPI CLI checks the document's
 * own validity (.ci/lint-contracts).
 */
class AsyncApiDocumentTest {

    static JsonNode doc;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("/contract/asyncapi.yaml")) {
            assertThat(in).as("docs/asyncapi.yaml on the test classpath").isNotNull();
            doc = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        assertThat(doc.path("asyncapi").asText()).startsWith("3.");
    }

    @Test
    void everyPayloadSchemaHasExactlyTheRecordsFieldsTypesAndRequiredSet() {
        List<String> drift = new ArrayList<>();
        for (EventType type : EventType.values()) {
            compare(type.payload(), type.payload().getSimpleName(), drift);
        }
        assertThat(drift).as("differences between docs/asyncapi.yaml and the event-contract records").isEmpty();
    }

    private static void compare(Class<?> record, String schemaName, List<String> drift) {
        JsonNode schema = doc.path("components").path("schemas").path(schemaName);
        if (schema.isMissingNode()) {
            drift.add("no schema " + schemaName + " for " + record.getSimpleName());
            return;
        }
        Set<String> documented = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(documented::add);
        Set<String> required = new TreeSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        Set<String> fields = new TreeSet<>();
        Set<String> recordRequired = new TreeSet<>();
        var components = record.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            var c = components[i];
            fields.add(c.getName());
            if (RecordSchemas.requires(record, i)) {
                recordRequired.add(c.getName());
            }
            JsonNode property = schema.path("properties").path(c.getName());
            if (!property.isMissingNode() && !typeMatches(RecordSchemas.jsonType(c.getGenericType()), property)) {
                drift.add(schemaName + "." + c.getName() + ": the record's " + RecordSchemas.jsonType(c.getGenericType())
                        + " is documented as " + property.path("type"));
            }
            Class<?> nested = RecordSchemas.elementRecord(c.getGenericType());
            if (nested != null) {
                compare(nested, record.getSimpleName() + nested.getSimpleName(), drift);
            }
        }
        if (!documented.equals(fields)) {
            drift.add(schemaName + " documents " + documented + " but the record has " + fields);
        }
        if (!required.equals(recordRequired)) {
            drift.add(schemaName + " requires " + required + " but the record requires " + recordRequired);
        }
    }

    private static boolean typeMatches(String recordType, JsonNode property) {
        Set<String> types = new TreeSet<>();
        if (property.path("type").isArray()) {
            property.path("type").forEach(t -> types.add(t.asText()));
        } else if (property.has("type")) {
            types.add(property.path("type").asText());
        } else if (property.has("$ref")) {
            types.add("object");
        }
        types.remove("null");
        String base = recordType.startsWith("array") ? "array" : recordType.replace("(date-time)", "");
        boolean formatOk = !recordType.contains("date-time") || "date-time".equals(property.path("format").asText());
        return types.equals(Set.of(base)) && formatOk;
    }

    @Test
    void everyTopicIsAChannelCarryingItsTypesAndEveryDeadLetterTopicIsDescribed() {
        Map<String, String> channelByAddress = new java.util.HashMap<>();
        doc.path("channels").fields().forEachRemaining(e -> channelByAddress.put(e.getValue().path("address").asText(), e.getKey()));
        for (EventType type : EventType.values()) {
            String channel = channelByAddress.get(type.topic());
            assertThat(channel).as("a channel for " + type.topic()).isNotNull();
            Set<String> carried = new TreeSet<>();
            doc.path("channels").path(channel).path("messages").forEach(m -> {
                String ref = m.path("$ref").asText();
                JsonNode message = doc.path("components").path("messages").path(ref.substring(ref.lastIndexOf('/') + 1));
                carried.add(constType(message.path("payload")));
            });
            assertThat(carried).as(type.topic() + " carries " + type.type()).contains(type.type());
        }
        assertThat(channelByAddress).containsKeys("backbone.exercise-changed.v1" + Topics.DEAD_LETTER_SUFFIX,
                "backbone.program-adaptation" + Topics.DEAD_LETTER_SUFFIX, "backbone.progress-rollups" + Topics.DEAD_LETTER_SUFFIX);
    }

    /** The {@code type} constant of a message payload: CloudEventEnvelope allOf {type: {const}}. */
    private static String constType(JsonNode payload) {
        for (JsonNode part : payload.path("allOf")) {
            if (part.path("properties").path("type").has("const")) {
                return part.path("properties").path("type").path("const").asText();
            }
        }
        return payload.path("properties").path("type").path("const").asText();
    }
}
