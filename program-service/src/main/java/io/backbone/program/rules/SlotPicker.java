package io.backbone.program.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the exercise for one slot. The ladders whose entry rung mainly trains the slot's region
 * are ranked by (entry difficulty, longest ladder first - most room to progress, entry id). On
 * each ladder the member starts at the entry rung and climbs at most {@link StartingRung#stepsUp}
 * rungs while the next rung suits them; when the entry rung itself does not suit them, its
 * {@code alternatives} are followed instead (no harder than the entry rung would have been).
 * The first ladder that yields an exercise wins, or the first whose exercise carries one of the
 * preferred tags.
 */
final class SlotPicker {

    /** The chosen exercise and a note on why this version, in a member's words. */
    record Pick(CatalogExercise exercise, String note) {
    }

    private final Catalog catalog;
    private final Intake intake;
    private final int stepsUp;

    SlotPicker(Catalog catalog, Intake intake) {
        this.catalog = catalog;
        this.intake = intake;
        this.stepsUp = StartingRung.stepsUp(intake);
    }

    Optional<Pick> pick(Slot slot, Set<String> used, Set<String> preferredTags) {
        List<Pick> options = new ArrayList<>();
        for (List<CatalogExercise> ladder : ladders(slot)) {
            option(ladder, slot, used).ifPresent(options::add);
        }
        return options.stream().filter(p -> preferredTags.stream().anyMatch(p.exercise()::hasTag)).findFirst()
                .or(() -> options.stream().findFirst());
    }

    /** Why the member should not do this exercise now: a limitation, missing equipment or a sore back. */
    Optional<String> blocker(CatalogExercise exercise) {
        return catalog.whyUnsuitable(exercise, intake).or(() -> SpineSafety.whyUnsafe(exercise, intake));
    }

    private List<List<CatalogExercise>> ladders(Slot slot) {
        return catalog.exercises().stream()
                .map(e -> catalog.entry(e.id()))
                .filter(entry -> slot.code().equals(entry.primaryRegion()))
                .map(CatalogExercise::id).distinct()
                .map(catalog::ladder)
                .sorted(Comparator.comparingInt((List<CatalogExercise> l) -> l.get(0).difficulty())
                        .thenComparingInt(l -> -l.size())
                        .thenComparing(l -> l.get(0).id()))
                .toList();
    }

    private Optional<Pick> option(List<CatalogExercise> ladder, Slot slot, Set<String> used) {
        CatalogExercise entry = ladder.get(0);
        Optional<String> entryBlocked = blocker(entry);
        if (entryBlocked.isEmpty()) {
            return used.contains(entry.id()) ? Optional.empty() : Optional.of(climb(ladder, slot, used));
        }
        int maxDifficulty = entry.difficulty() + stepsUp;
        for (String alternativeId : entry.alternatives()) {
            Optional<CatalogExercise> alternative = catalog.find(alternativeId)
                    .filter(a -> a.trains(slot.code()) && a.difficulty() <= maxDifficulty
                            && !used.contains(a.id()) && blocker(a).isEmpty());
            if (alternative.isPresent()) {
                return Optional.of(new Pick(alternative.get(), Words.sentences(
                        "Used instead of " + entry.name() + " because " + entryBlocked.get() + ".",
                        StartingRung.note(intake, false))));
            }
        }
        return Optional.empty();
    }

    private Pick climb(List<CatalogExercise> ladder, Slot slot, Set<String> used) {
        CatalogExercise chosen = ladder.get(0);
        String blockedNote = null;
        for (int rung = 1; rung <= stepsUp && rung < ladder.size(); rung++) {
            CatalogExercise next = ladder.get(rung);
            if (!next.trains(slot.code()) || used.contains(next.id())) {
                break;
            }
            Optional<String> blocked = blocker(next);
            if (blocked.isPresent()) {
                blockedNote = chosenBecause(chosen, next, blocked.get());
                break;
            }
            chosen = next;
        }
        boolean steppedUp = chosen != ladder.get(0);
        return new Pick(chosen, blockedNote != null && !steppedUp ? blockedNote : Words.sentences(StartingRung.note(intake, steppedUp), blockedNote));
    }

    /** "Chosen standing because you told us kneeling is hard." */
    private static String chosenBecause(CatalogExercise chosen, CatalogExercise ruledOut, String why) {
        boolean otherPosition = chosen.position() != null && !chosen.position().equals(ruledOut.position());
        return (otherPosition ? "Chosen " + Words.position(chosen.position()) : "Kept to this version")
                + " because " + why + ".";
    }
}
