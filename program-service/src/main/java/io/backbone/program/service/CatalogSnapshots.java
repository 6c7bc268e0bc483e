package io.backbone.program.service;

import io.backbone.events.ExerciseChanged;
import io.backbone.program.client.CatalogFetcher;
import io.backbone.program.client.CatalogPage;
import io.backbone.program.mapping.KnownExerciseView;
import io.backbone.program.repository.KnownExercise;
import io.backbone.program.repository.KnownExerciseRepository;
import io.backbone.program.rules.Catalog;
import io.backbone.program.rules.CatalogExercise;
import io.backbone.program.rules.Dosage;
import io.backbone.support.problem.ProblemException;
import io.quarkus.cache.CacheInvalidate;
import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * Each gym's catalog, fetched from catalog-service and cached (bounded, with an expiry as a safety
 * net) until an exercise-changed event says it changed. Its version is a digest of every exercise
 * id and version in it, so the same catalog always has the same version and a generated programme
 * records exactly what it was built from.
 */
@ApplicationScoped
public class CatalogSnapshots {

    static final String CACHE = "catalog-snapshots";
    private static final Logger LOG = Logger.getLogger(CatalogSnapshots.class);

    @Inject
    CatalogFetcher fetcher;
    @Inject
    KnownExerciseRepository known;

    /** A failed fetch is not cached: the next request asks catalog-service again. */
    @CacheResult(cacheName = CACHE)
    public Catalog forGym(String gym) {
        List<CatalogPage.Item> items;
        try {
            items = fetcher.all(gym);
        } catch (RuntimeException e) {
            LOG.warnf("catalog-service unavailable for %s: %s", gym, e.toString());
            throw ProblemException.unavailable("The exercise catalog cannot be reached just now; try again in a few seconds", 5);
        }
        return Catalog.of(version(items), items.stream().map(CatalogSnapshots::exercise).toList());
    }

    /**
     * Applies an exercise-changed event once: a copy at or below the known version changes
     * nothing. A changed library exercise concerns every gym; a gym's own, only that gym.
     *
     * @return true when the event was news
     */
    public boolean heard(String eventId, ExerciseChanged event) {
        KnownExercise heard = new KnownExercise();
        heard.key = KnownExercise.key(event.gym(), event.exerciseId());
        heard.exerciseId = event.exerciseId();
        heard.gym = event.gym();
        heard.version = event.version();
        heard.change = event.change();
        heard.changedAt = event.changedAt();
        heard.lastEventId = eventId;
        if (!known.storeIfNewer(heard)) {
            return false;
        }
        if (event.gym() == null) {
            forgetAll();
        } else {
            forget(event.gym());
        }
        return true;
    }

    /** What was last heard of an exercise, as a gym sees it: its own exercise of that id first. */
    public KnownExerciseView lastHeard(String gym, String exerciseId) {
        KnownExercise found = known.find(gym, exerciseId);
        if (found == null) {
            throw ProblemException.notFound("Exercise '" + exerciseId + "'");
        }
        return KnownExerciseView.of(found);
    }

    @CacheInvalidate(cacheName = CACHE)
    void forget(String gym) {
        LOG.debugf("catalog of %s changed", gym);
    }

    @CacheInvalidateAll(cacheName = CACHE)
    void forgetAll() {
        LOG.debug("the library changed: every gym's catalog");
    }

    static String version(List<CatalogPage.Item> items) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            items.stream().sorted(Comparator.comparing(CatalogPage.Item::id))
                    .forEach(i -> digest.update((i.id() + "@" + i.version() + ";").getBytes(StandardCharsets.UTF_8)));
            return "c-" + HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static CatalogExercise exercise(CatalogPage.Item i) {
        CatalogPage.Dose d = i.dosage();
        return new CatalogExercise(i.id(), i.name(), i.summary(), i.category(), orEmpty(i.regions()), orEmpty(i.equipment()),
                i.position(), i.difficulty(),
                new Dosage(d.sets(), d.reps(), d.holdSeconds(), d.perSide(), d.restSeconds(), d.sessionsPerWeek()),
                orEmpty(i.flags()), orEmpty(i.tags()), i.regression(), i.progression(), orEmpty(i.alternatives()));
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
