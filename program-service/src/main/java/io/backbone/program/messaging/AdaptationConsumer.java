package io.backbone.program.messaging;

import io.backbone.events.CloudEvent;
import io.backbone.events.EventCodec;
import io.backbone.events.EventType;
import io.backbone.events.PainReported;
import io.backbone.events.SessionCompleted;
import io.backbone.outbox.DeadLetterParking;
import io.backbone.outbox.InfrastructureRetry;
import io.backbone.program.rules.AdaptationRules;
import io.backbone.program.rules.PainContext;
import io.backbone.program.rules.PainInput;
import io.backbone.program.rules.SessionInput;
import io.backbone.program.service.MemberActivity;
import io.backbone.program.service.ProgramService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;

/**
 * Adapts programmes to what members log: session-completed and pain-reported, consumed in batches
 * (one read and one write per member per batch) and each applied once, marked in the programme
 * document in the same write as the change. A record that cannot be read or applied is parked on
 * the dead-letter topic on its own, and the rest of its batch still applies; one that meets the
 * database or catalog-service away waits for it (a good event is never parked for an outage).
 */
@ApplicationScoped
public class AdaptationConsumer {

    @Inject
    ProgramService programs;
    @Inject
    InfrastructureRetry retry;
    @Inject
    DeadLetterParking parking;
    @ConfigProperty(name = "mp.messaging.incoming.member-activity.dead-letter-queue.topic")
    String deadLetterTopic;

    @Incoming("member-activity")
    @Blocking
    public void onActivity(ConsumerRecords<String, String> records) {
        List<DeadLetterParking.Read<MemberActivity>> batch = parking.readOrPark(deadLetterTopic, records, AdaptationConsumer::read);
        retry.run(() -> {
            for (MemberActivity.Unapplied failed : programs.adapt(batch.stream().map(DeadLetterParking.Read::value).toList())) {
                // rare: a linear search for the failed event's record
                batch.stream().filter(read -> read.value() == failed.activity()).findFirst()
                        .ifPresent(read -> parking.park(deadLetterTopic, read.record(), failed.failure()));
            }
        });
    }

    /** The activity a record holds; null for an event type adaptation does not use. */
    private static MemberActivity read(ConsumerRecord<String, String> record) {
        CloudEvent event = EventCodec.decode(record.value());
        EventType type = EventType.ofType(event.type()).orElse(null);
        if (type == EventType.SESSION_COMPLETED) {
            SessionCompleted s = EventCodec.payload(event, SessionCompleted.class);
            SessionInput input = new SessionInput(s.performedAt(), s.exercises().stream()
                    .map(e -> new SessionInput.ExerciseLog(e.exerciseId(), e.done(), e.sets(), e.reps(), e.holdSeconds()))
                    .toList(), s.rpe(), s.painDuring());
            return new MemberActivity(s.gym(), s.memberId(), event.id(), record.partition(), record.offset(), true, s.sessionId(),
                    (state, catalog) -> AdaptationRules.onSession(state, input, catalog));
        }
        if (type == EventType.PAIN_REPORTED) {
            PainReported p = EventCodec.payload(event, PainReported.class);
            PainInput input = new PainInput(p.rating(), PainContext.fromCode(p.context()), p.reportedAt());
            return new MemberActivity(p.gym(), p.memberId(), event.id(), record.partition(), record.offset(), false, p.reportId(),
                    (state, catalog) -> AdaptationRules.onPain(state, input, catalog));
        }
        return null;
    }
}
