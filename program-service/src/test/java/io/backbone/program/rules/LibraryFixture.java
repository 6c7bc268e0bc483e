package io.backbone.program.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.backbone.vocabulary.Equipment;
import io.backbone.vocabulary.Goal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The real shipped exercise library (the exercise-library artifact, on the test classpath), read
 * with Jackson and mapped to the rules' records.
 */
final class LibraryFixture {

    static final String LIBRARY = "library/exercises.json";

    /** Every equipment code there is. */
    static final List<String> EQUIPMENT = Arrays.stream(Equipment.values()).map(Equipment::code).toList();

    private static Catalog catalog;

    private LibraryFixture() {
    }

    static synchronized Catalog catalog() {
        if (catalog == null) {
            JsonNode root = read();
            catalog = Catalog.of(root.path("libraryVersion").asText(), exercises(root));
        }
        return catalog;
    }

    /** The library with each exercise passed through {@code edit} (for flags the library lacks). */
    static Catalog catalogWith(UnaryOperator<CatalogExercise> edit) {
        return Catalog.of("edited", catalog().exercises().stream().map(edit).toList());
    }

    static Catalog catalogPlus(CatalogExercise... extra) {
        List<CatalogExercise> all = new ArrayList<>(catalog().exercises());
        all.addAll(List.of(extra));
        return Catalog.of("plus", all);
    }

    static CatalogExercise withFlags(CatalogExercise e, List<String> flags) {
        return new CatalogExercise(e.id(), e.name(), e.summary(), e.category(), e.regions(), e.equipment(), e.position(),
                e.difficulty(), e.dosage(), flags, e.tags(), e.regression(), e.progression(), e.alternatives());
    }

    /** A plain intake: no red flags, no limitations, bodyweight only, 20 minutes, 3 a week. */
    static Intake intake(int pain, int weeks, Goal goal) {
        return new Intake(pain, weeks, Set.of(), Set.of(), Set.of("none"), 20, 3, goal);
    }

    static Intake intake(int pain, int weeks, Goal goal, Set<Limitation> limitations, Set<String> equipment, int minutes) {
        return new Intake(pain, weeks, EnumSet.noneOf(RedFlag.class), limitations, equipment, minutes, 3, goal);
    }

    static JsonNode read() {
        try (InputStream in = LibraryFixture.class.getClassLoader().getResourceAsStream(LIBRARY)) {
            if (in == null) {
                throw new IllegalStateException(LIBRARY + " is not on the test classpath (the exercise-library artifact)");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LIBRARY, e);
        }
    }

    private static List<CatalogExercise> exercises(JsonNode root) {
        List<CatalogExercise> exercises = new ArrayList<>();
        for (JsonNode n : root.path("exercises")) {
            JsonNode d = n.path("dosage");
            Dosage dosage = new Dosage(d.path("sets").asInt(), intOrNull(d.path("reps")), intOrNull(d.path("holdSeconds")),
                    d.path("perSide").asBoolean(), d.path("restSeconds").asInt(), d.path("sessionsPerWeek").asInt());
            exercises.add(new CatalogExercise(n.path("id").asText(), n.path("name").asText(), n.path("summary").asText(),
                    n.path("category").asText(), strings(n.path("regions")), strings(n.path("equipment")),
                    n.path("position").asText(), n.path("difficulty").asInt(), dosage, strings(n.path("flags")),
                    strings(n.path("tags")), textOrNull(n.path("regression")), textOrNull(n.path("progression")),
                    strings(n.path("alternatives"))));
        }
        return exercises;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static Integer intOrNull(JsonNode n) {
        return n.isNumber() ? n.asInt() : null;
    }

    private static String textOrNull(JsonNode n) {
        return n.isTextual() ? n.asText() : null;
    }
}
