package io.backbone.program.catalog;

import io.backbone.program.rules.Catalog;
import io.backbone.program.rules.CatalogExercise;
import io.backbone.program.rules.Dosage;
import io.backbone.support.problem.Problem;
import io.backbone.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each gym's catalog, fetched once and kept until an exercise-changed event says it changed. Its
 * version is a digest of every exercise id and version in it, so the same catalog always has the
 * same version and a generated programme records exactly what it was built from.
 */
@ApplicationScoped
public class CatalogSnapshots {

    private static final Logger LOG = Logger.getLogger(CatalogSnapshots.class);

    @Inject
    CatalogFetcher fetcher;

    private final Map<String, Catalog> byGym = new ConcurrentHashMap<>();

    public Catalog forGym(String gym) {
        Catalog cached = byGym.get(gym);
        if (cached != null) {
            return cached;
        }
        List<CatalogPage.Item> items;
        try {
            items = fetcher.all(gym);
        } catch (RuntimeException e) {
            LOG.warnf("catalog unavailable for %s: %s", gym, e.toString());
            throw new ProblemException(Problem.of(503, "Service unavailable",
                    "The exercise catalog cannot be reached just now; try again in a few seconds"));
        }
        Catalog catalog = Catalog.of(version(items), items.stream().map(CatalogSnapshots::exercise).toList());
        byGym.put(gym, catalog);
        return catalog;
    }

    /** A changed library exercise concerns every gym; a gym's own, only that gym. */
    public void invalidate(String gym) {
        if (gym == null) {
            byGym.clear();
        } else {
            byGym.remove(gym);
        }
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
