package io.backbone.program.messaging;

import io.backbone.events.CloudEvent;
import io.backbone.events.EventCodec;
import io.backbone.events.ExerciseChanged;
import io.backbone.outbox.InfrastructureRetry;
import io.backbone.program.service.CatalogSnapshots;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Keeps the catalog view fresh. A message that cannot be read goes to the dead-letter topic; one
 * that meets the database away waits for it.
 */
@ApplicationScoped
public class ExerciseChangedConsumer {

    private static final Logger LOG = Logger.getLogger(ExerciseChangedConsumer.class);

    @Inject
    CatalogSnapshots snapshots;
    @Inject
    InfrastructureRetry retry;

    @Incoming("exercise-changed")
    @Blocking
    public void onExerciseChanged(String json) {
        CloudEvent event = EventCodec.decode(json);
        ExerciseChanged changed = EventCodec.payload(event, ExerciseChanged.class);
        retry.run(() -> {
            if (snapshots.heard(event.id(), changed)) {
                LOG.debugf("exercise %s now at version %d", changed.exerciseId(), changed.version());
            }
        });
    }
}
