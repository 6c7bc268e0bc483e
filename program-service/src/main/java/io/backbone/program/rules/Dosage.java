package io.backbone.program.rules;

/**
 * How much of an exercise: {@code sets} of {@code reps} or of {@code holdSeconds}-long holds,
 * on each side when {@code perSide}, with {@code restSeconds} between sets.
 * Exactly one of reps and holdSeconds is normally set; both may be null for a gym exercise
 * without a count.
 */
public record Dosage(int sets, Integer reps, Integer holdSeconds, boolean perSide, int restSeconds, int sessionsPerWeek) {

    public boolean timed() {
        return reps == null && holdSeconds != null;
    }

    public Dosage withSets(int newSets) {
        return new Dosage(newSets, reps, holdSeconds, perSide, restSeconds, sessionsPerWeek);
    }

    public Dosage withReps(Integer newReps) {
        return new Dosage(sets, newReps, holdSeconds, perSide, restSeconds, sessionsPerWeek);
    }

    public Dosage withHoldSeconds(Integer newHold) {
        return new Dosage(sets, reps, newHold, perSide, restSeconds, sessionsPerWeek);
    }

    /** "2 sets of 10 reps each side", "5 sets of 10-second holds". */
    public String describe() {
        String each = reps != null ? reps + " reps" : holdSeconds != null ? holdSeconds + "-second holds" : "steady work";
        return sets + (sets == 1 ? " set of " : " sets of ") + each + (perSide ? " each side" : "");
    }
}
