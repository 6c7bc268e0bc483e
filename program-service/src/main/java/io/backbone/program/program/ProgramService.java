package io.backbone.program.program;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.backbone.events.EventCodec;
import io.backbone.events.ProgramChanged;
import io.backbone.outbox.OutboxRelay;
import io.backbone.outbox.PendingEvent;
import io.backbone.program.catalog.CatalogSnapshots;
import io.backbone.program.mapping.IntakeRequest;
import io.backbone.program.mapping.IntakeView;
import io.backbone.program.mapping.OverrideRequest;
import io.backbone.program.mapping.ProgramView;
import io.backbone.program.mapping.RevisionView;
import io.backbone.program.members.MemberService;
import io.backbone.program.rules.Adaptation;
import io.backbone.program.rules.Catalog;
import io.backbone.program.rules.Change;
import io.backbone.program.rules.CoachOverrides;
import io.backbone.program.rules.Goal;
import io.backbone.program.rules.Intake;
import io.backbone.program.rules.Limitation;
import io.backbone.program.rules.ProgramGenerator;
import io.backbone.program.rules.ProgramPlan;
import io.backbone.program.rules.ProgramState;
import io.backbone.program.rules.RedFlag;
import io.backbone.program.rules.SafetyScreen;
import io.backbone.program.rules.Screening;
import io.backbone.support.problem.Problem;
import io.backbone.support.problem.ProblemException;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.bson.Document;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Intake, generation, coach overrides and adaptation of one member's programme. Every change is a
 * compare-and-swap of the member's {@link ProgramDocument}, carrying its program-changed event.
 */
@ApplicationScoped
public class ProgramService implements PanacheMongoRepositoryBase<ProgramDocument, String> {

    private static final Logger LOG = Logger.getLogger(ProgramService.class);
    private static final int ATTEMPTS = 20;
    static final Set<String> EQUIPMENT = Set.of("none", "band", "pillow", "mat", "kettlebell", "sandbag", "dowel",
            "squat-rack", "bench", "wall", "chair");

    @Inject
    MemberService members;
    @Inject
    CatalogSnapshots catalogs;
    @Inject
    OutboxRelay relay;
    @Inject
    Clock clock;

    void createIndexes(@Observes StartupEvent start) {
        try {
            // the compare-and-swap filter; the embedded server only uses an index whose keys equal the filter's
            mongoCollection().createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true));
        } catch (Exception e) {
            LOG.warnf("no _id+version index on programs (%s); updates still work, only slower", e.toString());
        }
    }

    // ---- intake and screening

    public IntakeView submitIntake(String gym, String memberId, IntakeRequest request) {
        members.get(gym, memberId);
        Intake intake = intake(request);
        Screening screening = SafetyScreen.screen(intake);
        update(gym, memberId, doc -> {
            doc.intake = StoredJson.toDocument(request);
            doc.screening = StoredJson.toDocument(screening);
            if (screening.referred()) {
                if (doc.programId == null) {
                    doc.programId = newProgramId();
                }
                doc.status = ProgramDocument.REFERRED;
                doc.plan = null;
                doc.state = null;
                newRevision(doc, "We can't start a programme yet: some of your answers need a clinician's look first.",
                        "intake", List.of(), List.of(), 0);
            }
            return true;
        });
        return new IntakeView(request, screeningView(screening));
    }

    static Intake intake(IntakeRequest r) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<RedFlag> flags = codes("redFlags", r.redFlags(), RedFlag::find, errors);
        Set<Limitation> limitations = codes("limitations", r.limitations(), Limitation::find, errors);
        Set<String> equipment = new LinkedHashSet<>();
        List<String> given = r.equipment() == null ? List.of() : r.equipment();
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) == null || !EQUIPMENT.contains(given.get(i))) {
                errors.add(new Problem.FieldError("equipment[" + i + "]", "unknown equipment; one of " + String.join(", ", EQUIPMENT.stream().sorted().toList())));
            } else {
                equipment.add(given.get(i));
            }
        }
        Goal goal = Goal.find(r.goal()).orElse(null);
        if (goal == null) {
            errors.add(new Problem.FieldError("goal", "relief, prevention or back-to-training"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid(errors.get(0).field() + ": " + errors.get(0).message(), errors));
        }
        return new Intake(r.painNow(), r.durationWeeks(), flags, limitations, equipment, r.minutesPerSession(),
                r.sessionsPerWeek(), goal);
    }

    private static <E> Set<E> codes(String field, List<String> given, java.util.function.Function<String, java.util.Optional<E>> find,
                                    List<Problem.FieldError> errors) {
        Set<E> found = new LinkedHashSet<>();
        if (given == null) {
            return found;
        }
        for (int i = 0; i < given.size(); i++) {
            var value = given.get(i) == null ? java.util.Optional.<E>empty() : find.apply(given.get(i));
            if (value.isEmpty()) {
                errors.add(new Problem.FieldError(field + "[" + i + "]", "unknown code; see GET /vocabulary"));
            } else {
                found.add(value.get());
            }
        }
        return found;
    }

    // ---- generation

    public ProgramView generate(String gym, String memberId) {
        members.get(gym, memberId);
        ProgramDocument current = findById(ProgramDocument.key(gym, memberId));
        if (current == null || current.intake == null) {
            throw ProblemException.conflict("Member '" + memberId + "' has no intake yet: PUT /members/" + memberId + "/intake first");
        }
        Screening screening = StoredJson.fromDocument(current.screening, Screening.class);
        if (screening.referred()) {
            return view(current);
        }
        Intake intake = intake(StoredJson.fromDocument(current.intake, IntakeRequest.class));
        Catalog catalog = catalogs.forGym(gym);
        ProgramPlan plan = ProgramGenerator.generate(intake, catalog);
        ProgramDocument stored = update(gym, memberId, doc -> {
            if (doc.programId == null) {
                doc.programId = newProgramId();
            }
            boolean first = !ProgramDocument.ACTIVE.equals(doc.status);
            doc.status = ProgramDocument.ACTIVE;
            doc.plan = StoredJson.toDocument(plan);
            ProgramState state = ProgramState.initial(plan);
            doc.state = StoredJson.toDocument(state);
            newRevision(doc, first ? "Your first programme, built from your intake: " + plan.summary()
                            : "A fresh programme from your latest intake: " + plan.summary(),
                    "generated", List.of(), exerciseIds(state), plan.sessionsPerWeek());
            return true;
        });
        return view(stored);
    }

    // ---- reading

    public ProgramView current(String gym, String memberId) {
        return view(existing(gym, memberId));
    }

    public List<RevisionView> revisions(String gym, String memberId) {
        ProgramDocument doc = existing(gym, memberId);
        return doc.revisions.stream().map(r -> new RevisionView(r.revision, r.status, r.reason, r.cause,
                r.changes.stream().map(c -> (Map<String, Object>) c).toList(), r.exerciseIds, r.sessionsPerWeek, r.at)).toList();
    }

    private ProgramDocument existing(String gym, String memberId) {
        members.get(gym, memberId);
        ProgramDocument doc = findById(ProgramDocument.key(gym, memberId));
        if (doc == null || ProgramDocument.NONE.equals(doc.status)) {
            throw ProblemException.notFound("A programme for member '" + memberId + "'");
        }
        return doc;
    }

    // ---- coach overrides

    public ProgramView override(String gym, String memberId, OverrideRequest request) {
        ProgramDocument current = existing(gym, memberId);
        if (!ProgramDocument.ACTIVE.equals(current.status)) {
            throw ProblemException.conflict("Member '" + memberId + "' is referred: there is no programme to change");
        }
        Catalog catalog = "swap".equals(request.action()) ? catalogs.forGym(gym) : null;
        if ("swap".equals(request.action()) && (request.replacementId() == null || request.replacementId().isBlank())) {
            throw ProblemException.invalidField("replacementId", "a swap needs the exercise to use instead");
        }
        ProgramDocument stored = update(gym, memberId, doc -> {
            ProgramState state = StoredJson.fromDocument(doc.state, ProgramState.class);
            Adaptation result;
            try {
                result = switch (request.action()) {
                    case "pin" -> CoachOverrides.pin(state, request.exerciseId(), request.reason());
                    case "unpin" -> CoachOverrides.unpin(state, request.exerciseId(), request.reason());
                    default -> CoachOverrides.swap(state, request.exerciseId(), request.replacementId(), request.reason(), catalog);
                };
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField(e.getMessage().contains(String.valueOf(request.replacementId()))
                        && request.replacementId() != null ? "replacementId" : "exerciseId", e.getMessage());
            }
            apply(doc, result, "coach");
            return true;
        });
        return view(stored);
    }

    // ---- adaptation (called by the event consumers)

    /** Applies an adaptation step once per event id; members without an active programme are skipped. */
    public void adapt(String gym, String memberId, String eventId,
                      java.util.function.BiFunction<ProgramState, Catalog, Adaptation> step) {
        Catalog[] catalog = new Catalog[1];
        update(gym, memberId, doc -> {
            if (doc.version == 0 || doc.applied(eventId) || !ProgramDocument.ACTIVE.equals(doc.status)) {
                return false; // no programme (a fresh document is never stored from here), or already applied
            }
            if (catalog[0] == null) {
                catalog[0] = catalogs.forGym(gym);
            }
            Adaptation result = step.apply(StoredJson.fromDocument(doc.state, ProgramState.class), catalog[0]);
            doc.remember(eventId);
            apply(doc, result, "adaptation");
            return true;
        });
    }

    private void apply(ProgramDocument doc, Adaptation result, String cause) {
        doc.state = StoredJson.toDocument(result.state());
        if (result.programmeChanged()) {
            newRevision(doc, result.reason(), cause, result.changes(), exerciseIds(result.state()), doc.plan == null ? 0
                    : StoredJson.fromDocument(doc.plan, ProgramPlan.class).sessionsPerWeek());
        }
    }

    // ---- storage

    private void newRevision(ProgramDocument doc, String reason, String cause, List<Change> changes, List<String> exerciseIds,
                             int sessionsPerWeek) {
        Instant now = clock.instant();
        doc.revision++;
        ProgramDocument.Revision revision = new ProgramDocument.Revision();
        revision.revision = doc.revision;
        revision.status = doc.status;
        revision.reason = reason;
        revision.cause = cause;
        revision.changes = changes.stream().map(c -> StoredJson.toDocument(new ChangeView(c.kind().code(), c.slot(),
                c.fromExerciseId(), c.toExerciseId(), c.fromDosage(), c.toDosage(), c.reason()))).toList();
        revision.exerciseIds = exerciseIds;
        revision.sessionsPerWeek = sessionsPerWeek;
        revision.at = now;
        doc.revisions.add(revision);
        String track = doc.intake == null ? null : doc.intake.getString("goal");
        doc.addPending(PendingEvent.of(EventCodec.wrap(MemberService.EVENT_SOURCE, doc.memberId, doc.gym,
                new ProgramChanged(doc.programId, doc.memberId, doc.gym, doc.revision, doc.status, sessionsPerWeek,
                        exerciseIds, reason, now, track))));
    }

    private ProgramDocument update(String gym, String memberId, Predicate<ProgramDocument> change) {
        String key = ProgramDocument.key(gym, memberId);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            ProgramDocument doc = findById(key);
            boolean fresh = doc == null;
            if (fresh) {
                doc = new ProgramDocument();
                doc.key = key;
                doc.gym = gym;
                doc.memberId = memberId;
            }
            long expected = doc.version;
            if (!change.test(doc)) {
                return doc;
            }
            doc.version = expected + 1;
            doc.updatedAt = clock.instant();
            if (fresh) {
                try {
                    persist(doc);
                } catch (MongoWriteException e) {
                    if (e.getError().getCode() == 11000) {
                        continue;
                    }
                    throw e;
                }
            } else if (mongoCollection().replaceOne(Filters.and(Filters.eq("_id", key), Filters.eq("version", expected)), doc)
                    .getMatchedCount() == 0) {
                continue;
            }
            relay.nudge("programs", key);
            return doc;
        }
        throw new IllegalStateException("programme of " + memberId + " kept changing under " + ATTEMPTS + " attempts");
    }

    private static List<String> exerciseIds(ProgramState state) {
        return state.prescriptions().stream().map(p -> p.exerciseId()).toList();
    }

    private static String newProgramId() {
        return "p-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    // ---- views

    /** A change as revisions show it: kind by its code (progress, regress, hold, pin, unpin, swap). */
    record ChangeView(String kind, String slot, String fromExerciseId, String toExerciseId,
                      io.backbone.program.rules.Dosage fromDosage, io.backbone.program.rules.Dosage toDosage, String reason) {
    }

    static IntakeView.Screening screeningView(Screening screening) {
        return new IntakeView.Screening(screening.referred(), screening.urgent(),
                screening.redFlags().stream().map(f -> new ProgramView.Code(f.code(), f.description())).toList(),
                screening.advice());
    }

    static ProgramView view(ProgramDocument doc) {
        String reason = doc.revisions.isEmpty() ? null : doc.revisions.get(doc.revisions.size() - 1).reason;
        if (ProgramDocument.REFERRED.equals(doc.status)) {
            Screening screening = StoredJson.fromDocument(doc.screening, Screening.class);
            return new ProgramView(doc.programId, doc.memberId, doc.revision, doc.status, reason, null, null, null, null,
                    List.of(), List.of(), new ProgramView.Referral(screening.urgent(),
                    screening.redFlags().stream().map(f -> new ProgramView.Code(f.code(), f.description())).toList(),
                    screening.advice()), doc.updatedAt);
        }
        ProgramPlan plan = StoredJson.fromDocument(doc.plan, ProgramPlan.class);
        ProgramState state = StoredJson.fromDocument(doc.state, ProgramState.class);
        List<ProgramView.Session> sessions = List.of(
                session(plan.main().kind(), plan.main().title(), state.prescriptions(), state),
                session(plan.morningRoutine().kind(), plan.morningRoutine().title(), plan.morningRoutine().prescriptions(), state),
                session(plan.warmUp().kind(), plan.warmUp().title(), plan.warmUp().prescriptions(), state));
        return new ProgramView(doc.programId, doc.memberId, doc.revision, doc.status, reason, plan.summary(),
                state.catalogVersion(), plan.sessionsPerWeek(), plan.intake().minutesPerSession(), sessions, plan.phases(),
                null, doc.updatedAt);
    }

    private static ProgramView.Session session(String kind, String title, List<io.backbone.program.rules.Prescription> prescriptions,
                                               ProgramState state) {
        int seconds = prescriptions.stream().mapToInt(p -> p.estimatedSeconds()).sum();
        return new ProgramView.Session(kind, title, (int) Math.ceil(seconds / 60.0), prescriptions.stream()
                .map(p -> new ProgramView.Exercise(p.exerciseId(), p.name(), p.slot(), p.difficulty(), p.dosage(),
                        p.estimatedSeconds(), p.reason(), state.pins().containsKey(p.exerciseId()),
                        state.pins().get(p.exerciseId()))).toList());
    }

}
