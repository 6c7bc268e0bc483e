package io.backbone.program.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Reads a gym's whole catalog from catalog-service: a read, so retried; guarded by a circuit breaker. */
@ApplicationScoped
public class CatalogFetcher {

    static final int PAGE_SIZE = 100;
    static final int MAX_PAGES = 50;

    @Inject
    @RestClient
    CatalogClient catalog;

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public List<CatalogPage.Item> all(String gym) {
        List<CatalogPage.Item> items = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            CatalogPage batch = catalog.page(gym, page, PAGE_SIZE);
            items.addAll(batch.items());
            if (items.size() >= batch.total() || batch.items().isEmpty()) {
                break;
            }
        }
        return items;
    }
}
