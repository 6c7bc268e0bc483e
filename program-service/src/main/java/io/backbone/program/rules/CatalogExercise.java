package io.backbone.program.rules;

import java.util.List;
import java.util.Objects;

/**
 * One exercise of the catalog as the rules see it (a mirror of the catalog's JSON, without cues
 * and the other texts). Regions, flags, tags, equipment and position are the catalog's codes;
 * the first region is the exercise's main one.
 */
public record CatalogExercise(String id, String name, String summary, String category, List<String> regions,
                              List<String> equipment, String position, int difficulty, Dosage dosage,
                              List<String> flags, List<String> tags, String regression, String progression,
                              List<String> alternatives) {

    public static final String REQUIRES_KNEELING = "requires-kneeling";
    public static final String REQUIRES_FLOOR = "requires-floor";
    public static final String LOADS_SPINE_IN_FLEXION = "loads-spine-in-flexion";
    public static final String LOADS_SPINE_IN_EXTENSION = "loads-spine-in-extension";
    public static final String REQUIRES_LOAD = "requires-load";
    public static final String REQUIRES_BALANCE = "requires-balance";

    public CatalogExercise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dosage, "dosage");
        name = name == null ? id : name;
        summary = summary == null ? "" : summary;
        regions = regions == null ? List.of() : List.copyOf(regions);
        equipment = equipment == null ? List.of() : List.copyOf(equipment);
        flags = flags == null ? List.of() : List.copyOf(flags);
        tags = tags == null ? List.of() : List.copyOf(tags);
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    /** The region listed first, or "" when none. */
    public String primaryRegion() {
        return regions.isEmpty() ? "" : regions.get(0);
    }

    public boolean trains(String region) {
        return regions.contains(region);
    }

    public boolean hasFlag(String flag) {
        return flags.contains(flag);
    }

    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }
}
