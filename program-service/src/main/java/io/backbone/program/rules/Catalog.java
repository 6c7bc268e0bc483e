package io.backbone.program.rules;

import io.backbone.vocabulary.Equipment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A snapshot of the exercise catalog: its version and the exercises by id, with ladder navigation
 * along the {@code regression}/{@code progression} links. Links to exercises the snapshot does not
 * hold are treated as absent, and every walk stops at a loop, so a broken gym catalog cannot hang
 * the rules.
 */
public final class Catalog {

    /** Equipment every member is taken to have: any home or gym has a wall and a chair. */
    public static final Set<String> ALWAYS_AVAILABLE = Set.of(Equipment.WALL.code(), Equipment.CHAIR.code());

    private final String version;
    private final SortedMap<String, CatalogExercise> byId;
    /** Ladders are walked once: the generator asks for them many times. */
    private final Map<String, List<CatalogExercise>> ladders = new HashMap<>();

    private Catalog(String version, SortedMap<String, CatalogExercise> byId) {
        this.version = version;
        this.byId = Collections.unmodifiableSortedMap(byId);
        for (CatalogExercise e : byId.values()) {
            List<CatalogExercise> below = walk(e, CatalogExercise::regression);
            ladders.put(e.id(), List.copyOf(walk(below.get(below.size() - 1), CatalogExercise::progression)));
        }
    }

    /** @throws IllegalArgumentException on a duplicate id */
    public static Catalog of(String version, Collection<CatalogExercise> exercises) {
        TreeMap<String, CatalogExercise> byId = new TreeMap<>();
        for (CatalogExercise e : exercises) {
            if (byId.putIfAbsent(e.id(), e) != null) {
                throw new IllegalArgumentException("duplicate exercise id '" + e.id() + "'");
            }
        }
        return new Catalog(version, byId);
    }

    public String version() {
        return version;
    }

    /** Every exercise, ordered by id. */
    public List<CatalogExercise> exercises() {
        return List.copyOf(byId.values());
    }

    public Optional<CatalogExercise> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    /** @throws IllegalArgumentException naming an id the catalog does not hold */
    public CatalogExercise get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown exercise '" + id + "'"));
    }

    public boolean contains(String id) {
        return find(id).isPresent();
    }

    /** The next rung up the ladder, if any. */
    public Optional<CatalogExercise> up(String id) {
        return find(get(id).progression()).filter(next -> !next.id().equals(id));
    }

    /** The next rung down the ladder, if any. */
    public Optional<CatalogExercise> down(String id) {
        return find(get(id).regression()).filter(next -> !next.id().equals(id));
    }

    /** The lowest rung of the exercise's ladder (the exercise itself when nothing is below it). */
    public CatalogExercise entry(String id) {
        return ladder(id).get(0);
    }

    /** The exercise's ladder from its entry rung up to the top. */
    public List<CatalogExercise> ladder(String id) {
        get(id);
        return ladders.get(id);
    }

    /** How many rungs the exercise is above its entry rung (0 = the entry rung). */
    public int rung(String id) {
        return walk(get(id), CatalogExercise::regression).size() - 1;
    }

    /**
     * Whether the exercise suits the member: none of their limitations rules it out and they have
     * all its equipment (a wall and a chair always count as available).
     */
    public boolean suitable(CatalogExercise exercise, Intake intake) {
        return whyUnsuitable(exercise, intake).isEmpty();
    }

    /**
     * Why the exercise does not suit the member, as the end of a sentence ("you told us kneeling
     * is hard", "you don't have a pillow"), or empty when it suits them.
     */
    public Optional<String> whyUnsuitable(CatalogExercise exercise, Intake intake) {
        for (Limitation limitation : intake.limitations()) {
            if (limitation.excludes(exercise)) {
                return Optional.of(limitation.because());
            }
        }
        List<String> missing = exercise.equipment().stream()
                .filter(item -> !ALWAYS_AVAILABLE.contains(item) && !intake.equipment().contains(item))
                .map(Words::withArticle).toList();
        return missing.isEmpty() ? Optional.empty() : Optional.of("you don't have " + Words.list(missing).replace(" and ", " or "));
    }

    /** The exercise followed by the rungs reached through {@code next}, stopping at a missing link or a loop. */
    private List<CatalogExercise> walk(CatalogExercise start, Function<CatalogExercise, String> next) {
        List<CatalogExercise> rungs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        CatalogExercise current = start;
        while (current != null && seen.add(current.id())) {
            rungs.add(current);
            current = find(next.apply(current)).orElse(null);
        }
        return rungs;
    }
}
