package io.backbone.program.mapping;

import io.backbone.program.repository.ProgramDocument;
import io.backbone.program.repository.StoredJson;
import io.backbone.program.rules.Change;
import io.backbone.program.rules.Dosage;
import io.backbone.program.rules.Prescription;
import io.backbone.program.rules.ProgramPlan;
import io.backbone.program.rules.ProgramState;
import io.backbone.program.rules.Screening;

import java.util.List;
import java.util.Map;

/** A stored programme as members, coaches and partner apps see it. */
public final class ProgramViews {

    private ProgramViews() {
    }

    /** A change as revisions show it: kind by its code (progress, regress, hold, pin, unpin, swap). */
    public record ChangeView(String kind, String slot, String fromExerciseId, String toExerciseId,
                             Dosage fromDosage, Dosage toDosage, String reason) {

        public static ChangeView of(Change c) {
            return new ChangeView(c.kind().code(), c.slot(), c.fromExerciseId(), c.toExerciseId(), c.fromDosage(),
                    c.toDosage(), c.reason());
        }
    }

    public static IntakeView.Screening screening(Screening screening) {
        return new IntakeView.Screening(screening.referred(), screening.urgent(), codes(screening), screening.advice());
    }

    @SuppressWarnings("unchecked")
    public static List<RevisionView> revisions(List<ProgramDocument.Revision> revisions) {
        return revisions.stream().map(r -> new RevisionView(r.revision, r.status, r.reason, r.cause,
                r.causedById == null ? null : new RevisionView.CausedBy(r.causedByKind, r.causedById),
                r.changes.stream().map(c -> (Map<String, Object>) c).toList(), r.exerciseIds, r.sessionsPerWeek, r.at)).toList();
    }

    public static ProgramView program(ProgramDocument doc) {
        String reason = doc.latestRevision() == null ? null : doc.latestRevision().reason;
        if (ProgramDocument.REFERRED.equals(doc.status)) {
            Screening screening = StoredJson.fromDocument(doc.screening, Screening.class);
            return new ProgramView(doc.programId, doc.memberId, doc.revision, doc.status, reason, null, null, null, null,
                    List.of(), List.of(), new ProgramView.Referral(screening.urgent(), codes(screening), screening.advice()),
                    adaptedFrom(doc), doc.updatedAt);
        }
        ProgramPlan plan = StoredJson.fromJson(doc.plan, ProgramPlan.class);
        ProgramState state = StoredJson.fromJson(doc.state, ProgramState.class);
        List<ProgramView.Session> sessions = List.of(
                session(plan.main().kind(), plan.main().title(), state.prescriptions(), state),
                session(plan.morningRoutine().kind(), plan.morningRoutine().title(), plan.morningRoutine().prescriptions(), state),
                session(plan.warmUp().kind(), plan.warmUp().title(), plan.warmUp().prescriptions(), state));
        return new ProgramView(doc.programId, doc.memberId, doc.revision, doc.status, reason, plan.summary(),
                state.catalogVersion(), plan.sessionsPerWeek(), plan.intake().minutesPerSession(), sessions, plan.phases(),
                null, adaptedFrom(doc), doc.updatedAt);
    }

    private static ProgramView.AdaptedFrom adaptedFrom(ProgramDocument doc) {
        return new ProgramView.AdaptedFrom(doc.sessionsApplied, doc.painReportsApplied);
    }

    private static List<ProgramView.Code> codes(Screening screening) {
        return screening.redFlags().stream().map(f -> new ProgramView.Code(f.code(), f.description())).toList();
    }

    private static ProgramView.Session session(String kind, String title, List<Prescription> prescriptions, ProgramState state) {
        int seconds = prescriptions.stream().mapToInt(Prescription::estimatedSeconds).sum();
        return new ProgramView.Session(kind, title, (int) Math.ceil(seconds / 60.0), prescriptions.stream()
                .map(p -> new ProgramView.Exercise(p.exerciseId(), p.name(), p.slot(), p.difficulty(), p.dosage(),
                        p.estimatedSeconds(), p.reason(), state.pins().containsKey(p.exerciseId()),
                        state.pins().get(p.exerciseId()))).toList());
    }
}
