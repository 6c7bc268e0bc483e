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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Folds events into their members' rollups, a batch at a time: one read of all the batch's
 * rollups, then one write per member with its events applied in order. A redelivered or replayed
 * event changes nothing (each rollup remembers the events it counted).
 */
@ApplicationScoped
public class RollupService {

    private static final Logger LOG = Logger.getLogger(RollupService.class);

    @Inject
    RollupRepository rollups;

    /** One event's change to its member's rollup; the change returns false when it was counted before. */
    public record RollupChange(String gym, String memberId, Predicate<MemberRollup> change) {
    }

    /**
     * What an event changes, or null for an event that is not about a member's progress.
     *
     * @throws RuntimeException when its payload cannot be read
     */
    public static RollupChange changeFor(CloudEvent event) {
        EventType type = EventType.ofType(event.type()).orElse(null);
        if (type == null) {
            LOG.debugf("ignoring event %s of unknown type %s", event.id(), event.type());
            return null;
        }
        return switch (type) {
            case SESSION_COMPLETED -> {
                SessionCompleted s = EventCodec.payload(event, SessionCompleted.class);
                yield new RollupChange(s.gym(), s.memberId(), r -> r.applySession(s.sessionId(), s.performedAt(), s.painDuring(), s.rpe()));
            }
            case PAIN_REPORTED -> {
                PainReported p = EventCodec.payload(event, PainReported.class);
                yield new RollupChange(p.gym(), p.memberId(), r -> r.applyPain(p.reportId(), p.rating(), p.reportedAt()));
            }
            case OUTCOME_RECORDED -> {
                OutcomeRecorded o = EventCodec.payload(event, OutcomeRecorded.class);
                yield new RollupChange(o.gym(), o.memberId(), r -> r.applyOutcome(o.measureId(), o.instrument(), o.score(), o.completedAt()));
            }
            case PROGRAM_CHANGED -> {
                ProgramChanged p = EventCodec.payload(event, ProgramChanged.class);
                yield new RollupChange(p.gym(), p.memberId(), r -> r.applyPrescription(prescription(p)));
            }
            case MEMBER_ENROLLED -> {
                MemberEnrolled m = EventCodec.payload(event, MemberEnrolled.class);
                yield new RollupChange(m.gym(), m.memberId(), r -> r.applyEnrolled(m.enrolledAt()));
            }
            // not about a member's progress (flags and erasure are consumed by the issues that add them)
            case EXERCISE_CHANGED, MEMBER_FLAGGED, MEMBER_UNFLAGGED, MEMBER_ERASED -> null;
        };
    }

    /** Applies a batch of changes, each member's in the order given. */
    public void apply(List<RollupChange> batch) {
        Map<String, List<RollupChange>> byMember = new LinkedHashMap<>();
        for (RollupChange change : batch) {
            byMember.computeIfAbsent(MemberRollup.key(change.gym(), change.memberId()), k -> new ArrayList<>()).add(change);
        }
        Map<String, MemberRollup> stored = rollups.findAll(byMember.keySet());
        for (Map.Entry<String, List<RollupChange>> member : byMember.entrySet()) {
            RollupChange first = member.getValue().get(0);
            rollups.update(first.gym(), first.memberId(), stored.get(member.getKey()), rollup -> {
                boolean changed = false;
                for (RollupChange change : member.getValue()) {
                    changed |= change.change().test(rollup);
                }
                return changed;
            });
        }
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
