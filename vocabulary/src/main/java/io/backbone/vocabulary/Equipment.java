package io.backbone.vocabulary;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Optional;

/**
 * What an exercise needs and what a member has: the one equipment vocabulary of the catalog, the
 * intake and the API. JSON and query parameters use the {@link #code()}; {@value #NONE} in a
 * member's list means bodyweight only and is not itself equipment.
 */
public enum Equipment implements Coded {
    BAND("band", "A resistance band or loop"),
    PILLOW("pillow", "A pillow or folded towel for support"),
    MAT("mat", "An exercise mat"),
    KETTLEBELL("kettlebell", "A kettlebell"),
    SANDBAG("sandbag", "A sandbag or other front-loaded weight"),
    DOWEL("dowel", "A dowel or broomstick"),
    SQUAT_RACK("squat-rack", "A squat rack"),
    BENCH("bench", "A bench or sturdy box"),
    WALL("wall", "A wall (everyone has one)"),
    CHAIR("chair", "A sturdy chair (everyone has one)");

    /** In a member's equipment list: nothing at all, bodyweight only. */
    public static final String NONE = "none";

    private final String code;
    private final String description;

    Equipment(String code, String description) {
        this.code = code;
        this.description = description;
    }

    @JsonValue
    @Override
    public String code() {
        return code;
    }

    @Override
    public String description() {
        return description;
    }

    /** The code, so query parameters and messages read as the API writes it. */
    @Override
    public String toString() {
        return code;
    }

    public static Optional<Equipment> find(String code) {
        return Coded.find(Equipment.class, code);
    }
}
