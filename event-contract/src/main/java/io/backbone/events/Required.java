package io.backbone.events;

import java.util.Collection;

/** Required-field checks for the event records; a missing field makes the event unreadable. */
final class Required {
    private Required() {
    }

    static void value(String field, Object value) {
        if (value == null) {
            throw new IllegalArgumentException("missing required field '" + field + "'");
        }
    }

    static void text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing required field '" + field + "'");
        }
    }

    static void list(String field, Collection<?> value) {
        value(field, value);
    }
}
