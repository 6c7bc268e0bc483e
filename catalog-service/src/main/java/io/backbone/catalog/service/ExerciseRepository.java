package io.backbone.catalog.service;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.backbone.catalog.domain.ExerciseDocument;
import io.backbone.catalog.domain.Vocabulary.Equipment;
import io.backbone.catalog.domain.Vocabulary.Flag;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;

@ApplicationScoped
public class ExerciseRepository implements PanacheMongoRepositoryBase<ExerciseDocument, String> {

    /** The global library plus the gym's own exercises. */
    public Bson visibleTo(String gym) {
        return gym == null ? Filters.eq("gym", null) : Filters.or(Filters.eq("gym", null), Filters.eq("gym", gym));
    }

    public List<ExerciseDocument> ownedBy(String gym) {
        return mongoCollection().find(Filters.eq("gym", gym)).into(new ArrayList<>());
    }

    public List<ExerciseDocument> globalLibrary() {
        return mongoCollection().find(Filters.eq("gym", null)).into(new ArrayList<>());
    }

    public SearchResult search(SearchCriteria c, String gym) {
        Bson filter = filter(c, gym);
        long total = mongoCollection().countDocuments(filter);
        Bson order = c.sort().direction > 0
                ? Sorts.orderBy(Sorts.ascending(c.sort().field), Sorts.ascending("_id"))
                : Sorts.orderBy(Sorts.descending(c.sort().field), Sorts.ascending("_id"));
        List<ExerciseDocument> items = mongoCollection().find(filter).sort(order)
                .skip(c.page() * c.size()).limit(c.size()).into(new ArrayList<>());
        return new SearchResult(items, total);
    }

    public record SearchResult(List<ExerciseDocument> items, long total) {
    }

    private Bson filter(SearchCriteria c, String gym) {
        List<Bson> all = new ArrayList<>();
        all.add(visibleTo(gym));
        if (c.text() != null && !c.text().isBlank()) {
            all.add(Filters.regex("searchText", Pattern.quote(c.text().trim().toLowerCase())));
        }
        if (c.region() != null) {
            all.add(Filters.eq("exercise.regions", c.region().name()));
        }
        if (c.category() != null) {
            all.add(Filters.eq("exercise.category", c.category().name()));
        }
        if (c.position() != null) {
            all.add(Filters.eq("exercise.position", c.position().name()));
        }
        if (c.minDifficulty() > 1) {
            all.add(Filters.gte("exercise.difficulty", c.minDifficulty()));
        }
        if (c.maxDifficulty() < 5) {
            all.add(Filters.lte("exercise.difficulty", c.maxDifficulty()));
        }
        if (c.available() != null) {
            // needs ⊆ available ⇔ needs nothing that is missing: a plain $nin, which every MongoDB speaks
            EnumSet<Equipment> missing = EnumSet.allOf(Equipment.class);
            missing.removeAll(c.available());
            if (!missing.isEmpty()) {
                all.add(Filters.nin("exercise.equipment", missing.stream().map(Enum::name).toList()));
            }
        }
        List<String> excluded = new ArrayList<>();
        if (c.excludeKneeling()) {
            excluded.add(Flag.REQUIRES_KNEELING.name());
        }
        if (c.excludeFloor()) {
            excluded.add(Flag.REQUIRES_FLOOR.name());
        }
        if (!excluded.isEmpty()) {
            all.add(Filters.nin("exercise.flags", excluded));
        }
        return Filters.and(all);
    }
}
