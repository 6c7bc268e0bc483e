package io.backbone.outbox;

/** Field names every outbox-carrying document uses. */
public final class OutboxFields {
    /** The list of {@link PendingEvent}s. */
    public static final String OUTBOX = "outbox";
    /** Present (true) while the outbox is not empty, so the sweep finds work with one indexed query. */
    public static final String PENDING = "outboxPending";

    private OutboxFields() {
    }
}
