package io.backbone.progress.service;

import io.backbone.events.EventCodec;
import io.backbone.events.SessionCompleted;
import io.backbone.outbox.PendingEvent;
import io.backbone.progress.domain.MemberRollup;
import io.backbone.progress.mapping.Recorded;
import io.backbone.progress.mapping.SessionRequest;
import io.backbone.progress.mapping.SessionView;
import io.backbone.progress.repository.RollupRepository;
import io.backbone.progress.repository.SessionDocument;
import io.backbone.progress.repository.SessionRepository;
import io.backbone.progress.repository.StoreOnce;
import io.backbone.support.problem.Problem;
import io.backbone.support.problem.ProblemException;
import io.backbone.support.rest.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Logs sessions: stored with their session-completed event in one write, once per idempotency id. */
@ApplicationScoped
public class SessionService {

    public static final String EVENT_SOURCE = "/progress-service";

    @Inject
    RollupRepository rollups;
    @Inject
    SessionRepository sessions;
    @Inject
    Timestamps timestamps;
    @Inject
    Clock clock;

    public Recorded<SessionView> log(String gym, String memberId, SessionRequest request) {
        String key = StoreOnce.key(gym, memberId, request.clientSessionId());
        var stored = sessions.storeOnce(key, true, () -> build(key, gym, memberId, request));
        return new Recorded<>(SessionView.of(stored.document()), stored.replayed());
    }

    private SessionDocument build(String key, String gym, String memberId, SessionRequest request) {
        timestamps.check("performedAt", request.performedAt());
        SessionDocument doc = new SessionDocument();
        doc.key = key;
        doc.sessionId = UUID.randomUUID().toString();
        doc.gym = gym;
        doc.memberId = memberId;
        doc.clientSessionId = request.clientSessionId();
        doc.performedAt = request.performedAt();
        doc.recordedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS); // as stored, so a replay answers the same
        doc.rpe = request.rpe();
        doc.painDuring = request.painDuring();
        doc.notes = request.notes();
        for (SessionRequest.Exercise e : request.exercises()) {
            SessionDocument.ExerciseEntry entry = new SessionDocument.ExerciseEntry();
            entry.exerciseId = e.exerciseId();
            entry.done = e.done();
            entry.prescribedSets = e.prescribedSets();
            entry.prescribedReps = e.prescribedReps();
            entry.prescribedHoldSeconds = e.prescribedHoldSeconds();
            entry.sets = e.sets();
            entry.reps = e.reps();
            entry.holdSeconds = e.holdSeconds();
            entry.side = e.side();
            entry.load = e.load();
            doc.exercises.add(entry);
        }
        checkAgainstProgram(doc, request, rollups.figuresOf(gym, memberId));
        doc.addPending(completed(doc));
        return doc;
    }

    /**
     * When the service knows the member's programme, the session must name it (or be taken to be
     * on it) and every exercise must be in the revision trained on (any revision of the programme
     * when the client does not say which: its screen may still show an earlier one). Without a known programme (it
     * may still be on its way) the session is kept, never lost, and marked unchecked.
     */
    static void checkAgainstProgram(SessionDocument doc, SessionRequest request, MemberRollup rollup) {
        MemberRollup.Prescription current = rollup == null ? null : rollup.currentPrescription();
        if (current == null) {
            doc.programId = request.programId();
            doc.programRevision = request.programRevision();
            return;
        }
        String programId = request.programId() == null ? current.programId : request.programId();
        List<MemberRollup.Prescription> revisions = rollup.prescriptions.stream()
                .filter(p -> p.programId.equals(programId)).toList();
        if (revisions.isEmpty()) {
            throw ProblemException.invalidField("programId", "'" + programId + "' is not this member's programme ("
                    + current.programId + ")");
        }
        List<String> logged = request.exercises().stream().map(SessionRequest.Exercise::exerciseId).toList();
        MemberRollup.Prescription revision;
        List<String> allowed;
        if (request.programRevision() != null) {
            revision = revisions.stream().filter(p -> p.revision == request.programRevision()).findFirst()
                    .orElseThrow(() -> ProblemException.invalidField("programRevision", "programme " + programId
                            + " has no revision " + request.programRevision()));
            allowed = revision.exerciseIds;
        } else {
            // the app may still show an earlier revision: any revision's exercises are the member's programme
            revision = revisions.stream().filter(p -> p.exerciseIds.containsAll(logged))
                    .reduce((first, second) -> second).orElse(revisions.get(revisions.size() - 1));
            allowed = revisions.stream().flatMap(p -> p.exerciseIds.stream()).distinct().toList();
        }
        List<Problem.FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < logged.size(); i++) {
            if (!allowed.contains(logged.get(i))) {
                unknown.add(new Problem.FieldError("exercises[" + i + "].exerciseId", "'" + logged.get(i)
                        + "' is not in programme " + programId + (request.programRevision() == null ? ""
                        : " revision " + revision.revision)));
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid(unknown.size() + " exercise(s) not in the programme: "
                    + String.join(", ", unknown.stream().map(Problem.FieldError::field).toList()), unknown);
        }
        doc.programId = programId;
        doc.programRevision = revision.revision;
        doc.checkedAgainstProgram = true;
    }

    static PendingEvent completed(SessionDocument doc) {
        List<SessionCompleted.ExerciseResult> results = doc.exercises.stream()
                .map(e -> new SessionCompleted.ExerciseResult(e.exerciseId, e.done, e.prescribedSets, e.sets, e.reps,
                        e.holdSeconds, e.side, e.load)).toList();
        SessionCompleted payload = new SessionCompleted(doc.sessionId, doc.clientSessionId, doc.memberId, doc.gym,
                doc.programId, doc.programRevision, doc.performedAt, results, doc.rpe, doc.painDuring);
        return PendingEvent.of(EventCodec.wrap(doc.sessionId, EVENT_SOURCE, doc.memberId, doc.gym, doc.recordedAt, payload));
    }

    public Page<SessionView> history(String gym, String memberId, int page, int size) {
        return Page.map(sessions.history(gym, memberId, page, size), SessionView::of);
    }
}
