package io.backbone.catalog.health;

import io.backbone.catalog.service.CatalogService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the shipped library is in the database. */
@Readiness
@ApplicationScoped
public class LibraryReadiness implements HealthCheck {

    @Inject
    CatalogService catalog;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("exercise-library").status(catalog.isLibraryLoaded()).build();
    }
}
