package io.backbone.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "backbone.gateway")
public interface GatewayConfig {

    String catalogUrl();

    String programUrl();

    String progressUrl();

    /** What Retry-After says when a service is down. */
    @WithDefault("5")
    int retryAfterSeconds();

    Tokens tokens();

    interface Tokens {
        /** Local issuer for demos and tests; never enabled in production. */
        @WithDefault("false")
        boolean devIssuerEnabled();

        @WithDefault("https://backbone.local/issuer")
        String issuer();

        @WithDefault("backbone-api")
        String audience();

        @WithDefault("PT1H")
        Duration lifetime();
    }
}
