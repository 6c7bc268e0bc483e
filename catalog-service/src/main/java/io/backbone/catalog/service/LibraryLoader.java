package io.backbone.catalog.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.backbone.catalog.config.CatalogConfig;
import io.backbone.catalog.domain.Exercise;
import io.backbone.catalog.domain.LadderRules;
import io.backbone.catalog.domain.Library;
import io.backbone.catalog.repository.ExerciseDocument;
import io.backbone.catalog.repository.ExerciseRepository;
import io.backbone.events.ExerciseChanged;
import io.backbone.outbox.OutboxRelay;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Loads the shipped library into the database, idempotently: an exercise is inserted when
 * missing and replaced when the shipped library version is newer than the stored copy's;
 * otherwise left alone. Only global ids are touched, so a gym's own exercises never are.
 * Retries until the database answers; readiness stays DOWN until it has.
 */
@ApplicationScoped
public class LibraryLoader {

    private static final Logger LOG = Logger.getLogger(LibraryLoader.class);

    @Inject
    ObjectMapper mapper;
    @Inject
    Validator validator;
    @Inject
    ExerciseRepository repository;
    @Inject
    CatalogService catalog;
    @Inject
    OutboxRelay relay;
    @Inject
    CatalogConfig config;
    @Inject
    Clock clock;

    private volatile Library shipped;

    void onStart(@Observes StartupEvent start) {
        shipped = read(config.libraryResource());
        tryLoad();
    }

    @Scheduled(every = "5s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retryUntilLoaded() {
        if (!catalog.isLibraryLoaded()) {
            tryLoad();
        }
    }

    private void tryLoad() {
        try {
            LoadResult result = load(shipped);
            LOG.infof("exercise library v%d: %d inserted, %d updated, %d unchanged", shipped.libraryVersion(),
                    result.inserted, result.updated, result.unchanged);
        } catch (RuntimeException e) {
            LOG.warnf("exercise library not loaded yet (%s); retrying", e.toString());
        }
    }

    public record LoadResult(int inserted, int updated, int unchanged) {
    }

    public LoadResult load(Library library) {
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        for (Exercise exercise : library.exercises()) {
            ExerciseDocument stored = repository.findById(exercise.id);
            if (stored != null && stored.libraryVersion >= library.libraryVersion()) {
                unchanged++;
                continue;
            }
            ExerciseDocument doc = stored != null ? stored : new ExerciseDocument();
            doc.key = exercise.id;
            doc.gym = null;
            doc.version = stored == null ? 1 : stored.version + 1;
            doc.libraryVersion = library.libraryVersion();
            doc.apply(exercise);
            doc.updatedAt = clock.instant();
            String change = stored == null ? ExerciseChanged.CREATED : ExerciseChanged.UPDATED;
            doc.addPending(CatalogService.changed(doc, change));
            repository.persistOrUpdate(doc);
            if (stored == null) {
                inserted++;
            } else {
                updated++;
            }
        }
        relay.nudge();
        catalog.libraryLoaded(); // what is in memory is built again from what was just stored
        return new LoadResult(inserted, updated, unchanged);
    }

    /** Reads and checks the library; a broken shipped library stops the service at start-up. */
    public Library read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("library resource " + resource + " not found");
            }
            Library library = mapper.readValue(in, Library.class);
            for (Exercise e : library.exercises()) {
                Set<ConstraintViolation<Exercise>> violations = validator.validate(e);
                if (!violations.isEmpty()) {
                    throw new IllegalStateException("library exercise " + e.id + " is invalid: " + violations);
                }
            }
            List<LadderRules.Violation> broken = LadderRules.validateLibrary(library.exercises());
            if (!broken.isEmpty()) {
                throw new IllegalStateException("library breaks ladder rules: " + broken);
            }
            return library;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read library " + resource, e);
        }
    }
}
