package io.backbone.catalog.domain;

import io.backbone.catalog.domain.Vocabulary.Aim;
import io.backbone.catalog.domain.Vocabulary.Category;
import io.backbone.catalog.domain.Vocabulary.Flag;
import io.backbone.catalog.domain.Vocabulary.Joint;
import io.backbone.catalog.domain.Vocabulary.Position;
import io.backbone.catalog.domain.Vocabulary.Region;
import io.backbone.catalog.domain.Vocabulary.Tag;
import io.backbone.vocabulary.Equipment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;

/**
 * One exercise: what the shipped library holds and what a gym submits. Plain data with its
 * field-level rules; ladder rules that need the other exercises live in {@code LadderRules}.
 */
public class Exercise {

    public static final String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    @NotBlank
    @Size(max = 80)
    @Pattern(regexp = ID_PATTERN, message = "must be a lower-case slug such as 'glute-bridge'")
    public String id;
    @NotBlank
    @Size(max = 120)
    public String name;
    @Size(max = 20)
    public List<@NotBlank @Size(max = 120) String> aliases = new ArrayList<>();
    @NotBlank
    @Size(max = 1000)
    public String summary;
    @NotEmpty
    @Size(max = 20)
    public List<@NotBlank @Size(max = 500) String> instructions = new ArrayList<>();
    @NotEmpty
    @Size(max = 12)
    public List<@NotBlank @Size(max = 300) String> cues = new ArrayList<>();
    @Size(max = 12)
    public List<@NotNull @Valid Mistake> mistakes = new ArrayList<>();
    @NotNull
    public Category category;
    @NotEmpty
    public List<@NotNull Region> regions = new ArrayList<>();
    @Size(max = 10)
    public List<@NotNull @Valid Intent> intent = new ArrayList<>();
    @Size(max = 20)
    public List<@NotBlank @Size(max = 80) String> muscles = new ArrayList<>();
    /** What the exercise needs; empty for bodyweight only. */
    public List<@NotNull Equipment> equipment = new ArrayList<>();
    @NotNull
    public Position position;
    @NotNull
    @Min(1)
    @Max(5)
    public Integer difficulty;
    @NotNull
    @Valid
    public Dosage dosage;
    public List<@NotNull Flag> flags = new ArrayList<>();
    @Size(max = 20)
    public List<@NotBlank @Size(max = 500) String> cautions = new ArrayList<>();
    @Size(max = 20)
    public List<@NotBlank @Size(max = 500) String> contraindications = new ArrayList<>();
    /** The next easier rung of this exercise's ladder. */
    @Pattern(regexp = ID_PATTERN)
    public String regression;
    /** The next harder rung of this exercise's ladder. */
    @Pattern(regexp = ID_PATTERN)
    public String progression;
    /** Same purpose, needing neither kneeling nor the floor. */
    @Size(max = 10)
    public List<@NotBlank @Pattern(regexp = ID_PATTERN) String> alternatives = new ArrayList<>();
    public List<@NotNull Tag> tags = new ArrayList<>();
    @Valid
    public Source source;
    @Size(max = 80)
    public String licence;

    /** A list sent as null means none: every list is empty instead, so no rule meets a null. */
    public Exercise withEmptyListsForNull() {
        aliases = orEmpty(aliases);
        instructions = orEmpty(instructions);
        cues = orEmpty(cues);
        mistakes = orEmpty(mistakes);
        regions = orEmpty(regions);
        intent = orEmpty(intent);
        muscles = orEmpty(muscles);
        equipment = orEmpty(equipment);
        flags = orEmpty(flags);
        cautions = orEmpty(cautions);
        contraindications = orEmpty(contraindications);
        alternatives = orEmpty(alternatives);
        tags = orEmpty(tags);
        return this;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? new ArrayList<>() : list;
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean needsKneelingOrFloor() {
        return flags.contains(Flag.REQUIRES_KNEELING) || flags.contains(Flag.REQUIRES_FLOOR);
    }

    public static class Mistake {
        @NotBlank
        @Size(max = 300)
        public String mistake;
        @NotBlank
        @Size(max = 500)
        public String why;
    }

    public static class Intent {
        @NotNull
        public Joint joint;
        @NotNull
        public Aim aim;
    }

    public static class Source {
        @Size(max = 200)
        public String seed;
        @Size(max = 500)
        public String reference;
    }

    /** How much: sets of reps or of timed holds. */
    @RepsOrHold
    public static class Dosage {
        @NotNull
        @Min(1)
        @Max(10)
        public Integer sets;
        @Min(1)
        @Max(50)
        public Integer reps;
        @Min(1)
        @Max(300)
        public Integer holdSeconds;
        public boolean perSide;
        @Min(0)
        @Max(300)
        public Integer restSeconds = 30;
        @Min(1)
        @Max(7)
        public Integer sessionsPerWeek = 3;

        /** Seconds one side of one set takes, counting about 4 s a repetition. */
        public int workSeconds() {
            int perSet = holdSeconds != null ? holdSeconds : reps * 4;
            return sets * (perSet * (perSide ? 2 : 1)) + (sets - 1) * (restSeconds == null ? 0 : restSeconds);
        }
    }
}
