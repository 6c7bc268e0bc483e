package io.backbone.catalog.domain;

import io.backbone.catalog.domain.Vocabulary.Region;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules that tie exercises into progression ladders. Plain Java: used by the library loader
 * at start-up, by the gym-exercise API, and tested directly.
 */
public final class LadderRules {

    /** Regions the programme generator draws from: each needs an entry rung at difficulty 1. */
    public static final Set<Region> GENERATOR_REGIONS = EnumSet.of(
            Region.HIP_MOBILITY, Region.HIP_EXTENSION, Region.LUMBAR_STABILITY, Region.THORACIC_MOBILITY);

    private LadderRules() {
    }

    /** One broken rule, with the field it concerns. */
    public record Violation(String exerciseId, String field, String message) {
        @Override
        public String toString() {
            return exerciseId + "." + field + ": " + message;
        }
    }

    /** Every rule over a whole library; empty when it is sound. */
    public static List<Violation> validateLibrary(Collection<Exercise> exercises) {
        Map<String, Exercise> byId = index(exercises);
        List<Violation> violations = new ArrayList<>();
        if (byId.size() != exercises.size()) {
            violations.add(new Violation("*", "id", "duplicate ids"));
        }
        for (Exercise e : exercises) {
            violations.addAll(checkLinks(e, byId));
            Exercise up = byId.get(e.progression);
            if (up != null && !e.id.equals(up.regression)) {
                violations.add(new Violation(e.id, "progression", up.id + " does not regress to " + e.id));
            }
            Exercise down = byId.get(e.regression);
            if (down != null && !e.id.equals(down.progression)) {
                violations.add(new Violation(e.id, "regression", down.id + " does not progress to " + e.id));
            }
            if (e.needsKneelingOrFloor()) {
                boolean hasAlternative = e.alternatives.stream().map(byId::get)
                        .anyMatch(alt -> alt != null && !alt.needsKneelingOrFloor());
                if (!hasAlternative) {
                    violations.add(new Violation(e.id, "alternatives",
                            "needs kneeling or the floor but names no alternative that does not"));
                }
            }
        }
        for (Region region : GENERATOR_REGIONS) {
            boolean entry = exercises.stream().anyMatch(e -> e.regions.contains(region) && e.difficulty == 1);
            if (!entry) {
                violations.add(new Violation("*", "regions", "no difficulty-1 exercise for " + region));
            }
        }
        return violations;
    }

    /**
     * Links of one exercise against the exercises it may see: each must resolve, the ladder
     * through it must not loop, and difficulty must not fall going up.
     */
    public static List<Violation> checkLinks(Exercise e, Map<String, Exercise> visible) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Exercise> withSelf = new LinkedHashMap<>(visible);
        withSelf.put(e.id, e);
        for (String field : List.of("regression", "progression")) {
            String target = "regression".equals(field) ? e.regression : e.progression;
            if (target == null) {
                continue;
            }
            Exercise linked = withSelf.get(target);
            if (linked == null) {
                violations.add(new Violation(e.id, field, "links to '" + target + "', which does not exist"));
            } else if (target.equals(e.id)) {
                violations.add(new Violation(e.id, field, "links to itself"));
            } else if (hasCycle(e, withSelf, "regression".equals(field) ? x -> x.regression : x -> x.progression)) {
                violations.add(new Violation(e.id, field, "makes the ladder loop back to '" + e.id + "'"));
            } else if ("progression".equals(field) && linked.difficulty < e.difficulty) {
                violations.add(new Violation(e.id, field, "'" + target + "' is easier (difficulty " + linked.difficulty
                        + ") than this exercise (" + e.difficulty + ")"));
            } else if ("regression".equals(field) && linked.difficulty > e.difficulty) {
                violations.add(new Violation(e.id, field, "'" + target + "' is harder (difficulty " + linked.difficulty
                        + ") than this exercise (" + e.difficulty + ")"));
            }
        }
        for (String alternative : e.alternatives) {
            if (!withSelf.containsKey(alternative)) {
                violations.add(new Violation(e.id, "alternatives", "'" + alternative + "' does not exist"));
            }
        }
        return violations;
    }

    /** The rungs below an exercise, nearest first. */
    public static List<Exercise> regressions(Exercise e, Map<String, Exercise> visible) {
        return walk(e, visible, x -> x.regression);
    }

    /** The rungs above an exercise, nearest first. */
    public static List<Exercise> progressions(Exercise e, Map<String, Exercise> visible) {
        return walk(e, visible, x -> x.progression);
    }

    private static List<Exercise> walk(Exercise start, Map<String, Exercise> visible, Function<Exercise, String> next) {
        List<Exercise> rungs = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(start.id));
        Exercise current = visible.get(next.apply(start));
        while (current != null && seen.add(current.id)) {
            rungs.add(current);
            current = visible.get(next.apply(current));
        }
        return rungs;
    }

    private static boolean hasCycle(Exercise start, Map<String, Exercise> visible, Function<Exercise, String> next) {
        Set<String> seen = new HashSet<>(Set.of(start.id));
        Exercise current = visible.get(next.apply(start));
        while (current != null) {
            if (!seen.add(current.id)) {
                return true;
            }
            current = visible.get(next.apply(current));
        }
        return false;
    }

    public static Map<String, Exercise> index(Collection<Exercise> exercises) {
        Map<String, Exercise> byId = new LinkedHashMap<>();
        exercises.forEach(e -> byId.putIfAbsent(Objects.requireNonNull(e.id), e));
        return byId;
    }
}
