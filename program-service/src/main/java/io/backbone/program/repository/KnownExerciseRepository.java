package io.backbone.program.repository;

import io.backbone.storage.VersionedCollection;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What program-service has heard of each exercise. A copy at or below the stored version (a
 * redelivery, or an event overtaken by a newer one) changes nothing.
 */
@ApplicationScoped
public class KnownExerciseRepository implements PanacheMongoRepositoryBase<KnownExercise, String> {

    private VersionedCollection<KnownExercise> versioned;

    /** @return true when {@code heard} is newer than what was known, and is now stored */
    public boolean storeIfNewer(KnownExercise heard) {
        if (versioned == null) {
            versioned = new VersionedCollection<>(mongoCollection(), k -> k.key, k -> k.version, (k, v) -> k.version = v);
        }
        return versioned.replaceIfNewer(heard);
    }

    /** The gym's own exercise of that id, else the library's. */
    public KnownExercise find(String gym, String exerciseId) {
        KnownExercise found = gym == null ? null : findById(KnownExercise.key(gym, exerciseId));
        return found != null ? found : findById(KnownExercise.key(null, exerciseId));
    }
}
