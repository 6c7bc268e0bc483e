package io.backbone.progress.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "backbone.progress")
public interface ProgressConfig {

    /** How far in the future a client's clock may put a session or report before it is refused. */
    @WithDefault("PT5M")
    Duration clockSkew();

    /** The oldest session or report accepted: older ones are almost certainly a wrong date. */
    @WithDefault("P400D")
    Duration oldestAccepted();

    Export export();

    interface Export {
        /** The secret the per-gym pseudonym keys derive from; at least 16 characters. Rotating it changes every pseudonym. */
        String pseudonymSecret();
    }
}
