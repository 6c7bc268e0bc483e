package io.backbone.program.rules;

import io.backbone.vocabulary.Coded;

import java.util.Optional;

/**
 * The places in a session, after the joint-by-joint approach: the hips and the thoracic spine
 * are to be mobile (and the hips strong), the lumbar spine stable. The code is the catalog region
 * the slot draws from. Declaration order is priority: when time is short the last ones are dropped
 * first; {@link #optional()} slots are only added when time allows.
 */
public enum Slot implements Coded {
    HIP_EXTENSION("hip-extension", false, 2, "glute strength",
            "Strengthens your glutes so your hips, not your lower back, do the work when you stand up, walk and lift."),
    LUMBAR_STABILITY("lumbar-stability", false, 3, "core stability",
            "Teaches the muscles around your lower back to hold it steady. Your lower back is built to be stable, so we strengthen it rather than stretch it."),
    HIP_MOBILITY("hip-mobility", false, 0, "hip mobility",
            "Wakes up your hips so they, not your lower back, do the bending and turning."),
    THORACIC_MOBILITY("thoracic-mobility", false, 4, "upper-back mobility",
            "Frees up your upper back so it takes its share of twisting and straightening instead of leaving it to your lower back."),
    HIP_FLEXORS("hip-flexors", true, 1, "a hip-flexor stretch",
            "Lengthens the muscles at the front of your hips, which otherwise tip your pelvis forward and arch your lower back."),
    SIDE_BODY("side-body", true, 5, "a side-body stretch",
            "Stretches the whole side of your body from hip to arm in one line, which frees the hips better than stretching them on their own.");

    private final String code;
    private final boolean optional;
    private final int displayOrder;
    private final String description;
    private final String why;

    Slot(String code, boolean optional, int displayOrder, String description, String why) {
        this.code = code;
        this.optional = optional;
        this.displayOrder = displayOrder;
        this.description = description;
        this.why = why;
    }

    @Override
    public String code() {
        return code;
    }

    /** Short words for a summary: "glute strength". */
    @Override
    public String description() {
        return description;
    }

    /** Why this part of the session matters, in a member's words. */
    public String why() {
        return why;
    }

    public boolean optional() {
        return optional;
    }

    /** Where the slot sits in a session: hips from the bottom up, then core, then upper back. */
    public int displayOrder() {
        return displayOrder;
    }

    public static Optional<Slot> find(String code) {
        return Coded.find(Slot.class, code);
    }

    /** @throws IllegalArgumentException naming the unknown code */
    public static Slot fromCode(String code) {
        return Coded.parse(Slot.class, "slot", code);
    }
}
