package io.backbone.progress.service;

import io.backbone.events.CloudEvent;
import io.backbone.events.EventCodec;
import io.backbone.events.EventType;
import io.backbone.events.MemberEnrolled;
import io.backbone.events.OutcomeRecorded;
import io.backbone.events.PainReported;
import io.backbone.events.ProgramChanged;
import io.backbone.events.SessionCompleted;
import io.backbone.progress.domain.MemberRollup;
import io.backbone.progress.repository.RollupRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.ArrayList;

/** Folds one event into its member's rollup; a redelivered or replayed event changes nothing. */
@ApplicationScoped
public class RollupService {

    private static final Logger LOG = Logger.getLogger(RollupService.class);

    @Inject
    RollupRepository rollups;

    /** @return true when the event changed a rollup */
    public boolean apply(CloudEvent event) {
        EventType type = EventType.ofType(event.type()).orElse(null);
        if (type == null) {
            LOG.debugf("ignoring event %s of unknown type %s", event.id(), event.type());
            return false;
        }
        return switch (type) {
            case SESSION_COMPLETED -> {
                SessionCompleted s = EventCodec.payload(event, SessionCompleted.class);
                yield rollups.update(s.gym(), s.memberId(), r -> r.applySession(s.sessionId(), s.performedAt(), s.painDuring(), s.rpe()));
            }
            case PAIN_REPORTED -> {
                PainReported p = EventCodec.payload(event, PainReported.class);
                yield rollups.update(p.gym(), p.memberId(), r -> r.applyPain(p.reportId(), p.rating(), p.reportedAt()));
            }
            case OUTCOME_RECORDED -> {
                OutcomeRecorded o = EventCodec.payload(event, OutcomeRecorded.class);
                yield rollups.update(o.gym(), o.memberId(), r -> r.applyOutcome(o.measureId(), o.instrument(), o.score(), o.completedAt()));
            }
            case PROGRAM_CHANGED -> {
                ProgramChanged p = EventCodec.payload(event, ProgramChanged.class);
                yield rollups.update(p.gym(), p.memberId(), r -> r.applyPrescription(prescription(p)));
            }
            case MEMBER_ENROLLED -> {
                MemberEnrolled m = EventCodec.payload(event, MemberEnrolled.class);
                yield rollups.update(m.gym(), m.memberId(), r -> r.applyEnrolled(m.enrolledAt()));
            }
            // not about a member's progress (flags and erasure are consumed by the issues that add them)
            case EXERCISE_CHANGED, MEMBER_FLAGGED, MEMBER_UNFLAGGED, MEMBER_ERASED -> false;
        };
    }

    static MemberRollup.Prescription prescription(ProgramChanged event) {
        MemberRollup.Prescription p = new MemberRollup.Prescription();
        p.programId = event.programId();
        p.revision = event.revision();
        p.track = event.track();
        p.status = event.status();
        p.sessionsPerWeek = event.sessionsPerWeek();
        p.exerciseIds = new ArrayList<>(event.exerciseIds());
        p.changedAt = event.changedAt();
        return p;
    }
}
