package io.backbone.gateway.client;

import io.backbone.gateway.config.GatewayConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;

/** The services behind the gateway, each called through its own {@link ServiceCalls}. */
@ApplicationScoped
public class Downstream {

    @Inject
    GatewayConfig config;

    private ServiceCalls catalog;
    private ServiceCalls program;
    private ServiceCalls progress;

    @PostConstruct
    void guards() {
        long retryAfter = config.retryAfterSeconds();
        catalog = new ServiceCalls("catalog-service", config.catalogUrl(), "exercise catalog", retryAfter,
                Duration.ofSeconds(2), Duration.ofSeconds(3));
        program = new ServiceCalls("program-service", config.programUrl(), "programme service", retryAfter,
                Duration.ofSeconds(3), Duration.ofSeconds(5));
        progress = new ServiceCalls("progress-service", config.progressUrl(), "progress service", retryAfter,
                Duration.ofSeconds(3), Duration.ofSeconds(5));
    }

    public ServiceCalls catalog() {
        return catalog;
    }

    public ServiceCalls program() {
        return program;
    }

    public ServiceCalls progress() {
        return progress;
    }
}
