package io.backbone.progress.domain;

import java.time.Instant;
import java.util.List;

/** Builds rollups for tests the way the events would. */
final class Rollups {

    private Rollups() {
    }

    static MemberRollup member(String id, Instant programStart, int sessionsPerWeek, String track) {
        MemberRollup rollup = MemberRollup.empty("gym-a", id);
        rollup.applyEnrolled(programStart);
        rollup.applyPrescription(prescription("p-" + id, 1, sessionsPerWeek, "active", track, programStart));
        return rollup;
    }

    static MemberRollup.Prescription prescription(String programId, int revision, int sessionsPerWeek, String status,
                                                  String track, Instant at) {
        MemberRollup.Prescription p = new MemberRollup.Prescription();
        p.programId = programId;
        p.revision = revision;
        p.sessionsPerWeek = sessionsPerWeek;
        p.status = status;
        p.track = track;
        p.exerciseIds = new java.util.ArrayList<>(List.of("glute-bridge", "bird-dog"));
        p.changedAt = at;
        return p;
    }
}
