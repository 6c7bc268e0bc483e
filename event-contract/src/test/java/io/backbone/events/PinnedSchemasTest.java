package io.backbone.events;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The v1 schemas as they were published (src/test/resources/pinned-schemas-v1.txt). Within v1 a
 * payload may only gain optional fields (docs/events.md, "Versioning"); removing or retyping a
 * field, or making one required, breaks consumers and needs a v2 type on a v2 topic. This test
 * notices when that is done by accident. A deliberate new optional field is added to the file.
 */
class PinnedSchemasTest {

    @Test
    void everyV1PayloadKeepsItsPublishedFieldsAndOnlyGainsOptionalOnes() throws IOException {
        Map<String, String> pinned = pinned();
        Map<String, String> current = new LinkedHashMap<>();
        for (EventType type : EventType.values()) {
            RecordSchemas.of(type.payload()).forEach((name, field) -> current.put(name, field.jsonType()
                    + (field.required() ? " required" : " optional")));
        }
        List<String> broken = new ArrayList<>();
        pinned.forEach((name, schema) -> {
            String now = current.get(name);
            if (now == null) {
                broken.add(name + " was removed (pinned: " + schema + ")");
            } else if (!now.equals(schema)) {
                broken.add(name + " is now " + now + " (pinned: " + schema + ")");
            }
        });
        current.forEach((name, schema) -> {
            if (!pinned.containsKey(name) && schema.endsWith("required")) {
                broken.add(name + " is new and required: a v1 payload may only gain optional fields");
            }
        });
        assertThat(broken).as("incompatible changes to v1 payloads").isEmpty();
        assertThat(current.keySet()).as("new optional fields not yet pinned").containsAll(pinned.keySet())
                .hasSameSizeAs(pinned.keySet());
    }

    private static Map<String, String> pinned() throws IOException {
        Map<String, String> pinned = new LinkedHashMap<>();
        try (InputStream in = PinnedSchemasTest.class.getResourceAsStream("/pinned-schemas-v1.txt")) {
            assertThat(in).isNotNull();
            Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> {
                        String[] parts = line.split(" = ", 2);
                        pinned.put(parts[0].trim(), parts[1].trim());
                    });
        }
        return pinned;
    }
}
