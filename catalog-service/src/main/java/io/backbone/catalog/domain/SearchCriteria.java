package io.backbone.catalog.domain;

import io.backbone.catalog.domain.Vocabulary.Category;
import io.backbone.catalog.domain.Vocabulary.Position;
import io.backbone.catalog.domain.Vocabulary.Region;
import io.backbone.vocabulary.Equipment;

import java.util.Set;

/**
 * A search over the exercises a gym can see. {@code available} is the equipment the member has:
 * an exercise matches only if everything it needs is in it (null: no equipment filter).
 * {@code sort} null: by relevance when there is text, else by name.
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
        NAME(true), NAME_DESC(false), DIFFICULTY(true), DIFFICULTY_DESC(false);

        public final boolean ascending;

        Sort(boolean ascending) {
            this.ascending = ascending;
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
