package io.backbone.program.catalog;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import io.backbone.events.ExerciseChanged;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Applies exercise-changed events idempotently: a version at or below the stored one (a
 * redelivery, or an event overtaken by a newer one) changes nothing.
 */
@ApplicationScoped
public class KnownExerciseRepository implements PanacheMongoRepositoryBase<KnownExercise, String> {

    /** @return true when the event changed what is known */
    public boolean apply(String eventId, ExerciseChanged event) {
        String key = KnownExercise.key(event.gym(), event.exerciseId());
        KnownExercise known = new KnownExercise();
        known.key = key;
        known.exerciseId = event.exerciseId();
        known.gym = event.gym();
        known.version = event.version();
        known.change = event.change();
        known.changedAt = event.changedAt();
        known.lastEventId = eventId;
        KnownExercise stored = findById(key);
        if (stored == null) {
            try {
                persist(known);
                return true;
            } catch (MongoWriteException e) {
                if (e.getError().getCode() != 11000) {
                    throw e;
                }
                return apply(eventId, event); // a concurrent insert won; compare versions with it
            }
        }
        if (stored.version >= event.version()) {
            return false;
        }
        return mongoCollection().replaceOne(
                Filters.and(Filters.eq("_id", key), Filters.eq("version", stored.version)), known).getModifiedCount() == 1;
    }
}
