package io.backbone.progress.repository;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Indexes;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Map;

/** The indexes behind each member's paged history, newest first. */
@ApplicationScoped
public class HistoryIndexes {

    private static final Logger LOG = Logger.getLogger(HistoryIndexes.class);

    @Inject
    MongoClient mongo;
    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    void create(@Observes StartupEvent start) {
        Map<String, String> byTime = Map.of("sessions", "performedAt", "pain_reports", "reportedAt",
                "outcome_measures", "completedAt");
        byTime.forEach((collection, time) -> {
            try {
                mongo.getDatabase(database).getCollection(collection).createIndex(Indexes.compoundIndex(
                        Indexes.ascending("gym", "memberId"), Indexes.descending(time)));
            } catch (Exception e) {
                LOG.warnf("no history index on %s (%s); lists still work, only slower", collection, e.toString());
            }
        });
    }
}
