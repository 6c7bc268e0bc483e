package io.backbone.outbox;

import java.util.ArrayList;
import java.util.List;

/**
 * A stored document that carries its own pending events: extend it, add events while building the
 * write, and store the document once. {@link #outboxSeq} counts every event ever added, so the
 * relay can tell whether a writer added one since it read the document.
 */
public abstract class OutboxCarrier {

    public List<PendingEvent> outbox = new ArrayList<>();
    /** True while {@link #outbox} is not empty; the relay's sweep looks for it. */
    public Boolean outboxPending;
    public long outboxSeq;

    public void addPending(PendingEvent event) {
        outbox.add(event);
        outboxPending = true;
        outboxSeq++;
    }
}
