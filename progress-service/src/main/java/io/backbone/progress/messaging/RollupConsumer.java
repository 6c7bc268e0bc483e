package io.backbone.progress.messaging;

import io.backbone.events.CloudEvent;
import io.backbone.events.EventCodec;
import io.backbone.outbox.InfrastructureRetry;
import io.backbone.progress.service.RollupService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the member rollups current from every event about a member: the service's own
 * session-completed, pain-reported and outcome-recorded, and program-service's program-changed
 * and member-enrolled. A record that cannot be read or applied goes to the dead-letter topic; one
 * that meets the database away waits for it.
 */
@ApplicationScoped
public class RollupConsumer {

    @Inject
    RollupService rollups;
    @Inject
    InfrastructureRetry retry;

    @Incoming("member-events")
    @Blocking
    public void onEvent(String json) {
        CloudEvent event = EventCodec.decode(json); // unreadable: dead-lettered at once
        retry.run(() -> rollups.apply(event)); // the database away: waits for it
    }
}
