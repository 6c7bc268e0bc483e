package io.backbone.progress.mapping;

/** A write as the API answers it: what is stored, and whether an earlier submission of the same idempotency id stored it. */
public record Recorded<V>(V view, boolean replayed) {
}
