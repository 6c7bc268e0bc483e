package io.backbone.gateway.limits;

import io.backbone.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client: {@code burst} requests at once, refilled at {@code perSecond}. In
 * memory, per gateway instance; behind several instances each enforces its own share.
 */
@ApplicationScoped
public class RateLimiter {

    private static final int MAX_CLIENTS = 100_000;

    @Inject
    GatewayConfig config;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** @return 0 when the request may go ahead, else the seconds to wait */
    public long acquire(String client) {
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear(); // a flood of distinct clients: start afresh rather than grow without bound
        }
        GatewayConfig.RateLimit limit = config.rateLimit();
        return buckets.computeIfAbsent(client, c -> new Bucket(limit.burst())).take(limit.perSecond(), limit.burst());
    }

    static final class Bucket {
        private double tokens;
        private long refilledAt = System.nanoTime();

        Bucket(int burst) {
            this.tokens = burst;
        }

        synchronized long take(double perSecond, int burst) {
            long now = System.nanoTime();
            tokens = Math.min(burst, tokens + (now - refilledAt) / 1e9 * perSecond);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perSecond);
        }
    }
}
