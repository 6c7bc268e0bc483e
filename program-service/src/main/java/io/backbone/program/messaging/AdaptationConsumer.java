package io.backbone.program.messaging;

import io.backbone.events.CloudEvent;
import io.backbone.events.EventCodec;
import io.backbone.events.EventType;
import io.backbone.events.PainReported;
import io.backbone.events.SessionCompleted;
import io.backbone.outbox.InfrastructureRetry;
import io.backbone.program.rules.AdaptationRules;
import io.backbone.program.rules.PainContext;
import io.backbone.program.rules.PainInput;
import io.backbone.program.rules.SessionInput;
import io.backbone.program.service.ProgramService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Adapts programmes to what members log: session-completed and pain-reported, each applied once
 * (its id is remembered in the programme document, in the same write as the change). A record
 * that cannot be read or applied goes to the dead-letter topic; one that meets the database or
 * catalog-service away waits for it (a good event is never parked for an outage).
 */
@ApplicationScoped
public class AdaptationConsumer {

    @Inject
    ProgramService programs;
    @Inject
    InfrastructureRetry retry;

    @Incoming("member-activity")
    @Blocking
    public void onActivity(String json) {
        CloudEvent event = EventCodec.decode(json);
        EventType type = EventType.ofType(event.type()).orElse(null);
        if (type == EventType.SESSION_COMPLETED) {
            SessionCompleted s = EventCodec.payload(event, SessionCompleted.class);
            SessionInput input = new SessionInput(s.performedAt(), s.exercises().stream()
                    .map(e -> new SessionInput.ExerciseLog(e.exerciseId(), e.done(), e.sets(), e.reps(), e.holdSeconds()))
                    .toList(), s.rpe(), s.painDuring());
            retry.run(() -> programs.adapt(s.gym(), s.memberId(), event.id(), true,
                    (state, catalog) -> AdaptationRules.onSession(state, input, catalog)));
        } else if (type == EventType.PAIN_REPORTED) {
            PainReported p = EventCodec.payload(event, PainReported.class);
            PainInput input = new PainInput(p.rating(), PainContext.fromCode(p.context()), p.reportedAt());
            retry.run(() -> programs.adapt(p.gym(), p.memberId(), event.id(), false,
                    (state, catalog) -> AdaptationRules.onPain(state, input, catalog)));
        }
    }
}
