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

    RateLimit rateLimit();

    Fhir fhir();

    interface Fhir {
        /**
         * Signs bulk-export job ids, so that any gateway replica can answer a job's status and files
         * without shared state. At least 16 characters; required in production.
         */
        String jobSecret();

        /** How long a bulk export's status and files stay available after the kick-off. */
        @WithDefault("PT24H")
        Duration jobLifetime();
    }

    /** The largest request body accepted; a larger one is a 413. */
    @WithDefault("262144")
    long maxBodyBytes();

    interface RateLimit {
        /** Sustained requests a second per client (token subject). */
        @WithDefault("20")
        double perSecond();

        /** Requests a client may make at once before the rate applies. */
        @WithDefault("60")
        int burst();
    }

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
