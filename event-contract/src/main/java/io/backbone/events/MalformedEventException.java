package io.backbone.events;

/** An event that cannot be read: it belongs on the dead-letter topic, not in a retry loop. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
