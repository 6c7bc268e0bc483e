package io.backbone.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

@ConfigMapping(prefix = "backbone.outbox")
public interface OutboxConfig {

    /** Collections whose documents carry an outbox. */
    List<String> collections();

    /** How many documents one sweep takes from a collection. */
    @WithDefault("200")
    int batchSize();

    /** How long one publish may wait for the broker before the sweep gives up until next time. */
    @WithDefault("10s")
    Duration publishTimeout();
}
