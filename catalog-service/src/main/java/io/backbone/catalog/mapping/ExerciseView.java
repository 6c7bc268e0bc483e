package io.backbone.catalog.mapping;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.backbone.catalog.domain.Exercise;

import java.util.List;

/** An exercise as the API shows it: its content, whose it is, its version and its resolved ladder. */
public class ExerciseView {

    @JsonUnwrapped
    public Exercise exercise;
    /** The owning gym; absent for the global library. */
    public String gym;
    public long version;
    /** Easier rungs, nearest first. Only on get-by-id. */
    public List<Rung> regressions;
    /** Harder rungs, nearest first. Only on get-by-id. */
    public List<Rung> progressions;

    public record Rung(String id, String name, int difficulty) {
        public static Rung of(Exercise e) {
            return new Rung(e.id, e.name, e.difficulty);
        }
    }
}
