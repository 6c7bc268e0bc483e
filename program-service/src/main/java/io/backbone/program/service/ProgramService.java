package io.backbone.program.service;

import io.backbone.events.EventCodec;
import io.backbone.events.ProgramChanged;
import io.backbone.outbox.PendingEvent;
import io.backbone.program.mapping.IntakeMapping;
import io.backbone.program.mapping.IntakeRequest;
import io.backbone.program.mapping.IntakeView;
import io.backbone.program.mapping.OverrideRequest;
import io.backbone.program.mapping.ProgramView;
import io.backbone.program.mapping.ProgramViews;
import io.backbone.program.mapping.RevisionView;
import io.backbone.program.repository.ProgramDocument;
import io.backbone.program.repository.ProgramRepository;
import io.backbone.program.repository.StoredJson;
import io.backbone.program.rules.Adaptation;
import io.backbone.program.rules.Catalog;
import io.backbone.program.rules.Change;
import io.backbone.program.rules.CoachOverrides;
import io.backbone.program.rules.Intake;
import io.backbone.program.rules.InvalidOverride;
import io.backbone.program.rules.ProgramGenerator;
import io.backbone.program.rules.ProgramPlan;
import io.backbone.program.rules.ProgramState;
import io.backbone.program.rules.SafetyScreen;
import io.backbone.program.rules.Screening;
import io.backbone.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Intake, generation, coach overrides and adaptation of one member's programme. Every change is
 * one compare-and-swap of the member's {@link ProgramDocument}, carrying its program-changed event.
 */
@ApplicationScoped
public class ProgramService {

    @Inject
    MemberService members;
    @Inject
    ProgramRepository programs;
    @Inject
    CatalogSnapshots catalogs;
    @Inject
    Clock clock;

    // ---- intake and screening

    public IntakeView submitIntake(String gym, String memberId, IntakeRequest request) {
        members.require(gym, memberId);
        Screening screening = SafetyScreen.screen(IntakeMapping.toIntake(request));
        programs.update(gym, memberId, doc -> {
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
        return new IntakeView(request, ProgramViews.screening(screening));
    }

    // ---- generation

    public ProgramView generate(String gym, String memberId) {
        members.require(gym, memberId);
        ProgramDocument current = programs.find(gym, memberId);
        if (current == null || current.intake == null) {
            throw ProblemException.conflict("Member '" + memberId + "' has no intake yet: submit the intake first");
        }
        if (StoredJson.fromDocument(current.screening, Screening.class).referred()) {
            return ProgramViews.program(current);
        }
        Intake intake = IntakeMapping.toIntake(StoredJson.fromDocument(current.intake, IntakeRequest.class));
        ProgramPlan plan = ProgramGenerator.generate(intake, catalogs.forGym(gym));
        ProgramDocument stored = programs.update(gym, memberId, doc -> {
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
        }).document();
        return ProgramViews.program(stored);
    }

    // ---- reading

    public ProgramView current(String gym, String memberId) {
        return ProgramViews.program(existing(gym, memberId));
    }

    public List<RevisionView> revisions(String gym, String memberId) {
        return ProgramViews.revisions(existing(gym, memberId));
    }

    private ProgramDocument existing(String gym, String memberId) {
        members.require(gym, memberId);
        ProgramDocument doc = programs.find(gym, memberId);
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
        boolean swap = "swap".equals(request.action());
        if (swap && (request.replacementId() == null || request.replacementId().isBlank())) {
            throw ProblemException.invalidField(InvalidOverride.REPLACEMENT, "a swap needs the exercise to use instead");
        }
        Catalog catalog = swap ? catalogs.forGym(gym) : null;
        ProgramDocument stored = programs.update(gym, memberId, doc -> {
            ProgramState state = StoredJson.fromDocument(doc.state, ProgramState.class);
            Adaptation result;
            try {
                result = switch (request.action()) {
                    case "pin" -> CoachOverrides.pin(state, request.exerciseId(), request.reason());
                    case "unpin" -> CoachOverrides.unpin(state, request.exerciseId(), request.reason());
                    default -> CoachOverrides.swap(state, request.exerciseId(), request.replacementId(), request.reason(), catalog);
                };
            } catch (InvalidOverride e) {
                throw ProblemException.invalidField(e.field(), e.getMessage());
            }
            apply(doc, result, "coach");
            return true;
        }).document();
        return ProgramViews.program(stored);
    }

    // ---- adaptation (called by the event consumers)

    /**
     * Applies an adaptation step once per event id (a session's, or else a pain report's); members
     * without an active programme are skipped.
     */
    public void adapt(String gym, String memberId, String eventId, boolean session,
                      BiFunction<ProgramState, Catalog, Adaptation> step) {
        Catalog[] catalog = new Catalog[1];
        programs.update(gym, memberId, doc -> {
            if (doc.version == 0 || doc.applied(eventId) || !ProgramDocument.ACTIVE.equals(doc.status)) {
                return false; // no programme (a fresh document is never stored from here), or already applied
            }
            if (catalog[0] == null) {
                catalog[0] = catalogs.forGym(gym);
            }
            Adaptation result = step.apply(StoredJson.fromDocument(doc.state, ProgramState.class), catalog[0]);
            doc.remember(eventId, session);
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

    private void newRevision(ProgramDocument doc, String reason, String cause, List<Change> changes, List<String> exerciseIds,
                             int sessionsPerWeek) {
        Instant now = clock.instant();
        doc.revision++;
        ProgramDocument.Revision revision = new ProgramDocument.Revision();
        revision.revision = doc.revision;
        revision.status = doc.status;
        revision.reason = reason;
        revision.cause = cause;
        revision.changes = changes.stream().map(c -> StoredJson.toDocument(ProgramViews.ChangeView.of(c))).toList();
        revision.exerciseIds = exerciseIds;
        revision.sessionsPerWeek = sessionsPerWeek;
        revision.at = now;
        doc.revisions.add(revision);
        String track = doc.intake == null ? null : doc.intake.getString("goal");
        doc.addPending(PendingEvent.of(EventCodec.wrap(MemberService.EVENT_SOURCE, doc.memberId, doc.gym,
                new ProgramChanged(doc.programId, doc.memberId, doc.gym, doc.revision, doc.status, sessionsPerWeek,
                        exerciseIds, reason, now, track))));
    }

    private static List<String> exerciseIds(ProgramState state) {
        return state.prescriptions().stream().map(p -> p.exerciseId()).toList();
    }

    private static String newProgramId() {
        return "p-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
