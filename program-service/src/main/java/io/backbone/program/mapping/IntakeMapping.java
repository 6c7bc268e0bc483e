package io.backbone.program.mapping;

import io.backbone.program.rules.Intake;
import io.backbone.program.rules.Limitation;
import io.backbone.program.rules.RedFlag;
import io.backbone.support.problem.Problem;
import io.backbone.support.problem.ProblemException;
import io.backbone.vocabulary.Coded;
import io.backbone.vocabulary.Equipment;
import io.backbone.vocabulary.Goal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** An intake request read into the rules' {@link Intake}: every unknown code is a 400 naming its place in the list. */
public final class IntakeMapping {

    private IntakeMapping() {
    }

    public static Intake toIntake(IntakeRequest r) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<RedFlag> flags = codes("redFlags", r.redFlags(), RedFlag::find, errors);
        Set<Limitation> limitations = codes("limitations", r.limitations(), Limitation::find, errors);
        Set<String> equipment = new LinkedHashSet<>();
        codes("equipment", r.equipment(), code -> Equipment.NONE.equals(code) ? Optional.of(Equipment.NONE)
                : Equipment.find(code).map(Equipment::code), errors).forEach(equipment::add);
        Goal goal = Goal.find(r.goal()).orElse(null);
        if (goal == null) {
            errors.add(new Problem.FieldError("goal", "one of " + Coded.codes(Goal.class)));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new Intake(r.painNow(), r.durationWeeks(), flags, limitations, equipment, r.minutesPerSession(),
                r.sessionsPerWeek(), goal);
    }

    private static <E> Set<E> codes(String field, List<String> given, Function<String, Optional<E>> find,
                                    List<Problem.FieldError> errors) {
        Set<E> found = new LinkedHashSet<>();
        if (given == null) {
            return found;
        }
        for (int i = 0; i < given.size(); i++) {
            Optional<E> value = given.get(i) == null ? Optional.empty() : find.apply(given.get(i));
            if (value.isEmpty()) {
                errors.add(new Problem.FieldError(field + "[" + i + "]", "unknown code; see GET /vocabulary"));
            } else {
                found.add(value.get());
            }
        }
        return found;
    }
}
