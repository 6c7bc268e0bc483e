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
import io.backbone.program.repository.RevisionArchive;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
    RevisionArchive archive;
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
                doc.sessionsPerWeek = 0;
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
            doc.plan = StoredJson.toJson(plan);
            doc.sessionsPerWeek = plan.sessionsPerWeek();
            ProgramState state = ProgramState.initial(plan);
            doc.state = StoredJson.toJson(state);
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
        ProgramDocument doc = existing(gym, memberId);
        List<ProgramDocument.Revision> all = new ArrayList<>(archive.before(doc));
        all.addAll(doc.recentRevisions);
        return ProgramViews.revisions(all);
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
            ProgramState state = StoredJson.fromJson(doc.state, ProgramState.class);
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

    // ---- adaptation (called by the event consumer)

    /**
     * Applies a batch of members' events: one read of all their programme documents, then one
     * write per member, with that member's events applied in the order given (the order of their
     * partition). An event already applied is skipped; members without an active programme are
     * skipped. An event whose rule step fails is left out and returned, so that the others still
     * apply; a failure of the database or catalog-service is thrown, and the batch can be retried
     * as a whole (what was written is then skipped as applied).
     */
    public List<MemberActivity.Unapplied> adapt(List<MemberActivity> batch) {
        Map<String, List<MemberActivity>> byMember = new LinkedHashMap<>();
        for (MemberActivity activity : batch) {
            byMember.computeIfAbsent(ProgramDocument.key(activity.gym(), activity.memberId()), k -> new ArrayList<>()).add(activity);
        }
        Map<String, ProgramDocument> stored = programs.findAll(byMember.keySet());
        List<MemberActivity.Unapplied> unapplied = new ArrayList<>();
        for (Map.Entry<String, List<MemberActivity>> member : byMember.entrySet()) {
            ProgramDocument read = stored.get(member.getKey());
            if (read != null) { // a programme document is never created from here
                unapplied.addAll(adapt(read, member.getValue()));
            }
        }
        return unapplied;
    }

    private List<MemberActivity.Unapplied> adapt(ProgramDocument read, List<MemberActivity> events) {
        List<MemberActivity.Unapplied> failed = new ArrayList<>();
        Catalog[] catalog = new Catalog[1];
        programs.update(read.gym, read.memberId, read, doc -> {
            failed.clear(); // a lost race starts again from a fresh read
            if (!ProgramDocument.ACTIVE.equals(doc.status)) {
                return false;
            }
            ProgramState state = StoredJson.fromJson(doc.state, ProgramState.class);
            boolean applied = false;
            for (MemberActivity event : events) {
                if (doc.applied(event.eventId(), event.partition(), event.offset())) {
                    continue;
                }
                if (catalog[0] == null) {
                    catalog[0] = catalogs.forGym(doc.gym); // outside the try: catalog-service away is not the event's fault
                }
                Adaptation result;
                try {
                    result = event.step().apply(state, catalog[0]);
                } catch (RuntimeException e) {
                    failed.add(new MemberActivity.Unapplied(event, e));
                    continue;
                }
                doc.remember(event.eventId(), event.partition(), event.offset(), event.session());
                state = result.state();
                if (result.programmeChanged()) {
                    newRevision(doc, result.reason(), "adaptation", result.changes(), exerciseIds(state), doc.sessionsPerWeek)
                            .causedBy(event.session() ? "session" : "pain-report", event.loggedId());
                }
                applied = true;
            }
            if (applied) {
                doc.state = StoredJson.toJson(state);
            }
            return applied;
        });
        return failed;
    }

    private void apply(ProgramDocument doc, Adaptation result, String cause) {
        doc.state = StoredJson.toJson(result.state());
        if (result.programmeChanged()) {
            newRevision(doc, result.reason(), cause, result.changes(), exerciseIds(result.state()), doc.sessionsPerWeek);
        }
    }

    private ProgramDocument.Revision newRevision(ProgramDocument doc, String reason, String cause, List<Change> changes,
                                                 List<String> exerciseIds, int sessionsPerWeek) {
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
        doc.recentRevisions.add(revision);
        String track = doc.intake == null ? null : doc.intake.getString("goal");
        doc.addPending(PendingEvent.of(EventCodec.wrap(MemberService.EVENT_SOURCE, doc.memberId, doc.gym,
                new ProgramChanged(doc.programId, doc.memberId, doc.gym, doc.revision, doc.status, sessionsPerWeek,
                        exerciseIds, reason, now, track))));
        return revision;
    }

    private static List<String> exerciseIds(ProgramState state) {
        return state.prescriptions().stream().map(p -> p.exerciseId()).toList();
    }

    private static String newProgramId() {
        return "p-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
