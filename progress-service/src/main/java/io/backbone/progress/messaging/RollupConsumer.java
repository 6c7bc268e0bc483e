package io.backbone.progress.messaging;

import io.backbone.events.EventCodec;
import io.backbone.outbox.DeadLetterParking;
import io.backbone.outbox.InfrastructureRetry;
import io.backbone.progress.service.RollupService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;

/**
 * Keeps the member rollups current from every event about a member: the service's own
 * session-completed, pain-reported and outcome-recorded, and program-service's program-changed
 * and member-enrolled. Consumed in batches (one read and one write per member per batch). A
 * record that cannot be read is parked on the dead-letter topic on its own; a batch that meets
 * the database away waits for it.
 */
@ApplicationScoped
public class RollupConsumer {

    @Inject
    RollupService rollups;
    @Inject
    InfrastructureRetry retry;
    @Inject
    DeadLetterParking parking;
    @ConfigProperty(name = "mp.messaging.incoming.member-events.dead-letter-queue.topic")
    String deadLetterTopic;

    @Incoming("member-events")
    @Blocking
    public void onEvents(ConsumerRecords<String, String> records) {
        List<RollupService.RollupChange> batch = parking.readOrPark(deadLetterTopic, records,
                record -> RollupService.changeFor(EventCodec.decode(record.value()))).stream().map(DeadLetterParking.Read::value).toList();
        retry.run(() -> rollups.apply(batch)); // the database away: waits for it
    }
}
