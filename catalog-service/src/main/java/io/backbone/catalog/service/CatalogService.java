package io.backbone.catalog.service;

import io.backbone.catalog.domain.CatalogSnapshot;
import io.backbone.catalog.domain.Exercise;
import io.backbone.catalog.domain.LadderRules;
import io.backbone.catalog.domain.SearchCriteria;
import io.backbone.catalog.mapping.ExerciseView;
import io.backbone.catalog.repository.ExerciseDocument;
import io.backbone.catalog.repository.ExerciseRepository;
import io.backbone.events.EventCodec;
import io.backbone.events.ExerciseChanged;
import io.backbone.outbox.PendingEvent;
import io.backbone.support.problem.Problem;
import io.backbone.support.problem.ProblemException;
import io.backbone.support.rest.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes exercises; every write carries its exercise-changed event in the same document. */
@ApplicationScoped
public class CatalogService {

    public static final String EVENT_SOURCE = "/catalog-service";

    @Inject
    ExerciseRepository repository;
    @Inject
    VisibleCatalogs catalogs;
    @Inject
    Clock clock;

    private volatile boolean libraryLoaded;

    public void libraryLoaded() {
        catalogs.libraryChanged();
        libraryLoaded = !catalogs.of(VisibleCatalogs.LIBRARY_ONLY).exercises().isEmpty();
    }

    public boolean isLibraryLoaded() {
        return libraryLoaded;
    }

    /** Searched in memory: the gym's catalog snapshot. */
    public Page<ExerciseView> search(SearchCriteria criteria, String gym) {
        CatalogSnapshot.Result result = catalogs.of(VisibleCatalogs.key(gym)).search(criteria);
        List<ExerciseView> items = result.items().stream().map(CatalogService::view).toList();
        return new Page<>(items, criteria.page(), criteria.size(), result.total());
    }

    /** One exercise without its ladder, from memory: enough to answer a conditional GET. */
    public ExerciseView find(String id, String gym) {
        requireWellFormed(id);
        return catalogs.of(VisibleCatalogs.key(gym)).get(id).map(CatalogService::view)
                .orElseThrow(() -> ProblemException.notFound("Exercise '" + id + "'"));
    }

    private static void requireWellFormed(String id) {
        if (id == null || !id.matches(Exercise.ID_PATTERN)) {
            // also keeps a crafted "other-gym/x" from reaching another gym's key
            throw ProblemException.notFound("Exercise '" + id + "'");
        }
    }

    private ExerciseDocument stored(String id, String gym) {
        requireWellFormed(id);
        ExerciseDocument doc = repository.findById(id);
        if (doc == null && gym != null) {
            doc = repository.findById(ExerciseDocument.key(gym, id));
        }
        if (doc == null) {
            throw ProblemException.notFound("Exercise '" + id + "'");
        }
        return doc;
    }

    /** The exercise with its ladder resolved among what its gym can see. */
    public ExerciseView withLadder(ExerciseView exercise) {
        Map<String, Exercise> visible = visible(exercise.gym);
        exercise.regressions = LadderRules.regressions(exercise.exercise, visible).stream().map(ExerciseView.Rung::of).toList();
        exercise.progressions = LadderRules.progressions(exercise.exercise, visible).stream().map(ExerciseView.Rung::of).toList();
        return exercise;
    }

    public ExerciseView create(Exercise exercise, String gym) {
        requireGym(gym);
        Map<String, Exercise> visible = visible(gym);
        if (visible.containsKey(exercise.id)) {
            throw ProblemException.conflictOnField("id", "an exercise '" + exercise.id + "' already exists");
        }
        rejectBrokenLinks(exercise, visible);
        ExerciseDocument doc = new ExerciseDocument();
        doc.key = ExerciseDocument.key(gym, exercise.id);
        doc.gym = gym;
        doc.version = 1;
        doc.apply(exercise);
        doc.updatedAt = clock.instant();
        doc.addPending(changed(doc, ExerciseChanged.CREATED));
        if (!repository.insertNew(doc)) {
            throw ProblemException.conflictOnField("id", "an exercise '" + exercise.id + "' already exists");
        }
        catalogs.changed(gym); // read your own write; other replicas hear the event
        return withLadder(view(doc));
    }

    public ExerciseView update(String id, Exercise exercise, String gym, long expectedVersion) {
        requireGym(gym);
        ExerciseDocument current = stored(id, gym);
        if (current.gym == null) {
            throw ProblemException.forbidden(
                    "Exercise '" + id + "' belongs to the global library, which ships with the platform and is read-only");
        }
        if (exercise.id != null && !exercise.id.equals(id)) {
            throw ProblemException.invalidField("id", "must match the path ('" + id + "')");
        }
        exercise.id = id;
        if (current.version != expectedVersion) {
            throw ProblemException.preconditionFailed("Exercise '" + id + "' is at version " + current.version
                    + ", not " + expectedVersion + "; fetch it again and reapply your change");
        }
        Map<String, Exercise> visible = new HashMap<>(visible(gym));
        visible.remove(id);
        rejectBrokenLinks(exercise, visible);
        current.apply(exercise);
        current.version = expectedVersion + 1;
        current.updatedAt = clock.instant();
        current.addPending(changed(current, ExerciseChanged.UPDATED));
        if (!repository.replaceAt(current, expectedVersion)) {
            throw ProblemException.preconditionFailed("Exercise '" + id + "' changed meanwhile; fetch it again");
        }
        catalogs.changed(gym);
        return withLadder(view(current));
    }

    /** The library and the gym's own exercises, by id. */
    Map<String, Exercise> visible(String gym) {
        return catalogs.of(VisibleCatalogs.key(gym)).exercises();
    }

    /** The exercise-changed event for a document as it is about to be stored. */
    public static PendingEvent changed(ExerciseDocument doc, String change) {
        ExerciseChanged payload = new ExerciseChanged(doc.exercise.id, doc.gym, doc.version, change, doc.updatedAt);
        return PendingEvent.of(EventCodec.wrap(EVENT_SOURCE, doc.exercise.id, doc.gym, payload));
    }

    private static void rejectBrokenLinks(Exercise exercise, Map<String, Exercise> visible) {
        List<LadderRules.Violation> violations = LadderRules.checkLinks(exercise, visible);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList());
        }
    }

    private static void requireGym(String gym) {
        if (gym == null || gym.isBlank()) {
            throw ProblemException.forbidden("Only a gym can add or change its own exercises");
        }
    }

    private static ExerciseView view(ExerciseDocument doc) {
        return view(new CatalogSnapshot.Entry(doc.exercise, doc.gym, doc.version));
    }

    private static ExerciseView view(CatalogSnapshot.Entry entry) {
        ExerciseView view = new ExerciseView();
        view.exercise = entry.exercise();
        view.gym = entry.gym();
        view.version = entry.version();
        return view;
    }
}
