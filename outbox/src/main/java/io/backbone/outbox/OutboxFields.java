package io.backbone.outbox;

/** Field names every outbox-carrying document uses. */
public final class OutboxFields {
    /** The list of {@link PendingEvent}s. */
    public static final String OUTBOX = "outbox";
    /** Present (true) while the outbox is not empty, so the sweep finds work with one indexed query. */
    public static final String PENDING = "outboxPending";
    /** Counts the events ever added, so the relay clears the flag only if none was added since it read. */
    public static final String SEQ = "outboxSeq";

    private OutboxFields() {
    }
}
