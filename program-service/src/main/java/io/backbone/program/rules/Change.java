package io.backbone.program.rules;

import io.backbone.vocabulary.Coded;

import java.util.Optional;

/**
 * One change to a programme, or a progression held back. For a dosage change
 * {@code fromExerciseId} equals {@code toExerciseId}; for a hold both dosages are the same.
 *
 * @param slot   the {@link Slot} code of the exercise
 * @param reason in a member's words
 */
public record Change(Kind kind, String slot, String fromExerciseId, String toExerciseId, Dosage fromDosage,
                     Dosage toDosage, String reason) {

    public enum Kind implements Coded {
        PROGRESS("progress", "Made harder"),
        REGRESS("regress", "Made easier"),
        HOLD("hold", "Kept as it is although it was due to get harder"),
        PIN("pin", "Fixed in place by the coach"),
        UNPIN("unpin", "Released by the coach"),
        SWAP("swap", "Replaced by the coach");

        private final String code;
        private final String description;

        Kind(String code, String description) {
            this.code = code;
            this.description = description;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public String description() {
            return description;
        }

        public static Optional<Kind> find(String code) {
            return Coded.find(Kind.class, code);
        }

        /** @throws IllegalArgumentException naming the unknown code */
        public static Kind fromCode(String code) {
            return Coded.parse(Kind.class, "change kind", code);
        }
    }

    static Change between(Kind kind, Prescription from, Prescription to, String reason) {
        return new Change(kind, from.slot(), from.exerciseId(), to.exerciseId(), from.dosage(), to.dosage(), reason);
    }

    static Change hold(Prescription p, String reason) {
        return between(Kind.HOLD, p, p, reason);
    }

    public boolean exerciseChanged() {
        return !fromExerciseId.equals(toExerciseId);
    }
}
