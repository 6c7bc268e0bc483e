package io.backbone.program.rules;

import io.backbone.vocabulary.Coded;

import java.util.Optional;
import java.util.Set;

/**
 * Things a member cannot or should not do, each mapped to the catalog's positions and flags, so
 * the generator and the adaptation rules can leave out what does not suit them.
 */
public enum Limitation implements Coded {
    CANNOT_KNEEL("cannot-kneel", "Kneeling is hard or painful", "you told us kneeling is hard",
            Set.of(CatalogExercise.REQUIRES_KNEELING), Set.of("kneeling", "half-kneeling", "quadruped")),
    NO_FLOOR("no-floor", "Getting down to the floor and back up is hard", "you told us getting down on the floor is hard",
            Set.of(CatalogExercise.REQUIRES_FLOOR),
            Set.of("supine", "prone", "side-lying", "quadruped", "kneeling", "half-kneeling")),
    NO_LYING_FACE_DOWN("no-lying-face-down", "Lying face down is uncomfortable", "you told us lying face down is uncomfortable",
            Set.of(), Set.of("prone")),
    NO_HEAVY_LOAD("no-heavy-load", "Lifting heavy weights is not advised for now", "you told us to keep away from heavy weights",
            Set.of(CatalogExercise.REQUIRES_LOAD), Set.of()),
    POOR_BALANCE("poor-balance", "Standing on one leg or stepping is unsteady", "you told us balance is tricky",
            Set.of(CatalogExercise.REQUIRES_BALANCE), Set.of());

    private final String code;
    private final String description;
    private final String because;
    private final Set<String> excludedFlags;
    private final Set<String> excludedPositions;

    Limitation(String code, String description, String because, Set<String> excludedFlags, Set<String> excludedPositions) {
        this.code = code;
        this.description = description;
        this.because = because;
        this.excludedFlags = excludedFlags;
        this.excludedPositions = excludedPositions;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String description() {
        return description;
    }

    /** The end of a sentence "Chosen standing because ...", e.g. "you told us kneeling is hard". */
    public String because() {
        return because;
    }

    /** Whether this limitation rules the exercise out, by one of its flags or its position. */
    public boolean excludes(CatalogExercise exercise) {
        return excludedPositions.contains(exercise.position())
                || exercise.flags().stream().anyMatch(excludedFlags::contains);
    }

    public static Optional<Limitation> find(String code) {
        return Coded.find(Limitation.class, code);
    }

    /** @throws IllegalArgumentException naming the unknown code */
    public static Limitation fromCode(String code) {
        return Coded.parse(Limitation.class, "limitation", code);
    }
}
