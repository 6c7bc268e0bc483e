package io.backbone.progress.mapping;

import io.backbone.progress.repository.SessionDocument;

import java.time.Instant;
import java.util.List;

public record SessionView(String id, String clientSessionId, String memberId, String programId, Integer programRevision,
                          boolean checkedAgainstProgram, Instant performedAt, Instant recordedAt,
                          List<Exercise> exercises, Integer rpe, Integer painDuring, String notes) {

    public record Exercise(String exerciseId, boolean done, Integer prescribedSets, Integer prescribedReps,
                           Integer prescribedHoldSeconds, Integer sets, Integer reps, Integer holdSeconds,
                           String side, String load) {
    }

    public static SessionView of(SessionDocument doc) {
        return new SessionView(doc.sessionId, doc.clientSessionId, doc.memberId, doc.programId, doc.programRevision,
                doc.checkedAgainstProgram, doc.performedAt, doc.recordedAt,
                doc.exercises.stream().map(e -> new Exercise(e.exerciseId, e.done, e.prescribedSets, e.prescribedReps,
                        e.prescribedHoldSeconds, e.sets, e.reps, e.holdSeconds, e.side, e.load)).toList(),
                doc.rpe, doc.painDuring, doc.notes);
    }
}
