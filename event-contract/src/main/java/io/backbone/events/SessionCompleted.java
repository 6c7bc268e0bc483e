package io.backbone.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;

/** A member logged a session. {@code programRevision} is the revision they trained on. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SessionCompleted(
        String sessionId,
        String clientSessionId,
        String memberId,
        String gym,
        String programId,
        Integer programRevision,
        Instant performedAt,
        List<ExerciseResult> exercises,
        Integer rpe,
        Integer painDuring) {

    public SessionCompleted {
        Required.text("sessionId", sessionId);
        Required.text("memberId", memberId);
        Required.text("gym", gym);
        Required.value("performedAt", performedAt);
        Required.list("exercises", exercises);
        Required.value("painDuring", painDuring);
        exercises = List.copyOf(exercises);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ExerciseResult(
            String exerciseId,
            boolean done,
            Integer prescribedSets,
            Integer sets,
            Integer reps,
            Integer holdSeconds,
            String side,
            String load) {

        public ExerciseResult {
            Required.text("exerciseId", exerciseId);
        }
    }
}
