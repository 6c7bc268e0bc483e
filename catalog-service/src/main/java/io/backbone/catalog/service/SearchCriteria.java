package io.backbone.catalog.service;

import io.backbone.catalog.domain.Vocabulary.Category;
import io.backbone.catalog.domain.Vocabulary.Equipment;
import io.backbone.catalog.domain.Vocabulary.Position;
import io.backbone.catalog.domain.Vocabulary.Region;

import java.util.Set;

/**
 * A search over the exercises a gym can see. {@code available} is the equipment the member has:
 * an exercise matches only if everything it needs is in it (null: no equipment filter).
 */
public record SearchCriteria(
        String text,
        Region region,
        Category category,
        Position position,
        int minDifficulty,
        int maxDifficulty,
        Set<Equipment> available,
        boolean excludeKneeling,
        boolean excludeFloor,
        Sort sort,
        int page,
        int size) {

    public enum Sort {
        NAME("sortName", 1), NAME_DESC("sortName", -1), DIFFICULTY("exercise.difficulty", 1),
        DIFFICULTY_DESC("exercise.difficulty", -1);

        public final String field;
        public final int direction;

        Sort(String field, int direction) {
            this.field = field;
            this.direction = direction;
        }

        public static Sort parse(String value) {
            return switch (value) {
                case "name" -> NAME;
                case "-name" -> NAME_DESC;
                case "difficulty" -> DIFFICULTY;
                case "-difficulty" -> DIFFICULTY_DESC;
                default -> null;
            };
        }
    }
}
