package io.backbone.program.mapping;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One revision: why it exists, in words, and what changed. */
public record RevisionView(int revision, String status, String reason, String cause, CausedBy causedBy,
                           List<Map<String, Object>> changes, List<String> exerciseIds, int sessionsPerWeek, Instant at) {

    /** The logged session or pain report an adaptation answered. */
    public record CausedBy(String kind, String id) {
    }
}
