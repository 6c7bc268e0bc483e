package io.backbone.progress.messaging;

import io.backbone.events.EventCodec;
import io.backbone.progress.service.RollupService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the member rollups current from every event about a member: the service's own
 * session-completed, pain-reported and outcome-recorded, and program-service's program-changed
 * and member-enrolled. A record that cannot be read or applied goes to the dead-letter topic.
 */
@ApplicationScoped
public class RollupConsumer {

    @Inject
    RollupService rollups;

    @Incoming("member-events")
    @Blocking
    public void onEvent(String json) {
        rollups.apply(EventCodec.decode(json));
    }
}
