package io.backbone.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "backbone.outbox")
public interface OutboxConfig {

    /** Collections whose documents carry an outbox. */
    List<String> collections();

    /** How many documents one sweep takes from a collection. */
    @WithDefault("200")
    int batchSize();

    /** The dead-letter topics this service's consumers park records on (none for a service that consumes nothing). */
    Optional<List<String>> deadLetterTopics();

    /** How long one publish may wait for the broker before the sweep gives up until next time. */
    @WithDefault("10s")
    Duration publishTimeout();
}
