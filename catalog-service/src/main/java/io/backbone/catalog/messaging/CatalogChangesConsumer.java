package io.backbone.catalog.messaging;

import io.backbone.catalog.service.VisibleCatalogs;
import io.backbone.events.CloudEvent;
import io.backbone.events.EventCodec;
import io.backbone.events.ExerciseChanged;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Every replica hears every exercise change (a consumer group per replica, from the latest offset)
 * and drops the in-memory catalog it touched, so replicas agree within a moment of a write.
 */
@ApplicationScoped
public class CatalogChangesConsumer {

    @Inject
    VisibleCatalogs catalogs;

    @Incoming("catalog-changes")
    @Blocking
    public void onExerciseChanged(String json) {
        CloudEvent event = EventCodec.decode(json);
        ExerciseChanged changed = EventCodec.payload(event, ExerciseChanged.class);
        if (changed.gym() == null) {
            catalogs.libraryChanged();
        } else {
            catalogs.changed(changed.gym());
        }
    }
}
