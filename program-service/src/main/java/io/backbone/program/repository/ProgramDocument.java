package io.backbone.program.repository;

import io.backbone.outbox.OutboxCarrier;
import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.Document;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What program-service holds about one member's programme, in one document so that every change
 * (intake, generation, adaptation, override) is one atomic write together with its program-changed
 * events and the marks of the events it has applied. It stays small, because adaptation reads and
 * writes it for every batch of a member's events: the latest revisions only (older ones move to
 * {@link RevisionDocument}s) and a bounded window of applied event ids.
 */
@MongoEntity(collection = "programs")
public class ProgramDocument extends OutboxCarrier {

    public static final String NONE = "none";
    public static final String ACTIVE = "active";
    public static final String REFERRED = "referred";
    /**
     * How many applied event ids are remembered. A consumer's redelivery (a restart before its
     * offsets were committed) is caught by {@link #appliedOffsets}, whatever its distance; the ids
     * catch a producer's republish of the same event (an outbox relay that crashed between Kafka's
     * acknowledgement and its own bookkeeping), which arrives within the member's few pending events.
     */
    static final int REMEMBERED_EVENTS = 128;

    @BsonId
    public String key;
    public String memberId;
    public String gym;
    public String programId;
    /** none (intake only), active or referred. */
    public String status = NONE;
    public int revision;
    public Document intake;
    public Document screening;
    /** The plan and the state as JSON text (see {@link StoredJson}). */
    public String plan;
    public String state;
    /** The plan's sessions a week, read by every revision without decoding the plan. */
    public int sessionsPerWeek;
    /** The latest revisions, oldest first; {@link ProgramRepository} moves older ones to the archive. */
    public List<Revision> recentRevisions = new ArrayList<>();
    public List<String> appliedEventIds = new ArrayList<>();
    /** Per partition of the member-activity topic, the highest offset applied. */
    public Map<String, Long> appliedOffsets = new HashMap<>();
    /** How many session-completed and pain-reported events adaptation has applied, each once. */
    public int sessionsApplied;
    public int painReportsApplied;
    public Instant updatedAt;
    /** Optimistic concurrency: every stored change increments it. */
    public long version;

    /** One revision with its reason in words and what changed. */
    public static class Revision {
        public int revision;
        public String status;
        public String reason;
        public String cause;
        /** For an adaptation: session or pain-report, and its id (the id of the event that caused it). */
        public String causedByKind;
        public String causedById;
        public List<Document> changes = new ArrayList<>();
        public List<String> exerciseIds = new ArrayList<>();
        public int sessionsPerWeek;
        public Instant at;

        public void causedBy(String kind, String id) {
            causedByKind = kind;
            causedById = id;
        }
    }

    public static String key(String gym, String memberId) {
        return gym + "/" + memberId;
    }

    /** A member's programme document before anything is stored: no intake, no programme. */
    public static ProgramDocument fresh(String gym, String memberId) {
        ProgramDocument doc = new ProgramDocument();
        doc.key = key(gym, memberId);
        doc.gym = gym;
        doc.memberId = memberId;
        return doc;
    }

    /** Whether the event was applied before: its record's offset is behind the mark, or its id is remembered. */
    public boolean applied(String eventId, int partition, long offset) {
        Long mark = appliedOffsets.get(String.valueOf(partition));
        return (mark != null && offset <= mark) || appliedEventIds.contains(eventId);
    }

    public void remember(String eventId, int partition, long offset, boolean session) {
        if (session) {
            sessionsApplied++;
        } else {
            painReportsApplied++;
        }
        appliedOffsets.merge(String.valueOf(partition), offset, Math::max);
        appliedEventIds.add(eventId);
        if (appliedEventIds.size() > REMEMBERED_EVENTS) {
            appliedEventIds.remove(0);
        }
    }

    /** The newest revision, or null before the first. */
    public Revision latestRevision() {
        return recentRevisions.isEmpty() ? null : recentRevisions.get(recentRevisions.size() - 1);
    }

    /** The number of the oldest revision still held here; every older one is archived. */
    public int oldestRecentRevision() {
        return recentRevisions.isEmpty() ? revision + 1 : recentRevisions.get(0).revision;
    }
}
