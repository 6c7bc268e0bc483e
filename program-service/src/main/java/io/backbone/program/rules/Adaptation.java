package io.backbone.program.rules;

import java.util.List;

/**
 * What one event did to a programme: the new state, the changes and the revision reason in
 * plain words. The state's bookkeeping (counters, session dates, morning ratings) may move on
 * without any change; the prescriptions and the revision only change with a non-hold change.
 *
 * @param reason the revision reason, "" when nothing changed
 */
public record Adaptation(ProgramState state, List<Change> changes, String reason) {

    public Adaptation {
        changes = List.copyOf(changes);
        reason = reason == null ? "" : reason;
    }

    static Adaptation unchanged(ProgramState state) {
        return new Adaptation(state, List.of(), "");
    }

    /** Anything to show: a change or a held progression. */
    public boolean changed() {
        return !changes.isEmpty();
    }

    /** Whether the prescriptions or the coach's overrides changed, i.e. a new revision. */
    public boolean programmeChanged() {
        return changes.stream().anyMatch(c -> c.kind() != Change.Kind.HOLD);
    }
}
