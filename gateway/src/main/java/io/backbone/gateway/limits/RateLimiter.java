package io.backbone.gateway.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.backbone.gateway.config.GatewayConfig;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;

/**
 * A token bucket per client (Bucket4j): {@code burst} requests at once, refilled at
 * {@code perSecond}. The buckets live in a bounded Caffeine map that forgets a client idle for a
 * while (a forgotten client starts again with a full bucket, which is what it would have by then).
 *
 * <p>In memory, per gateway instance: behind N replicas a client gets up to N times the limit.
 * Divide the configured rate by the replica count, or give the replicas one shared store (a
 * Bucket4j distributed backend, e.g. Redis or a JCache cluster); see README, "Limits".
 */
@ApplicationScoped
public class RateLimiter {

    static final int MAX_CLIENTS = 100_000;
    static final Duration IDLE = Duration.ofMinutes(10);

    @Inject
    GatewayConfig config;

    private Cache<String, Bucket> buckets;

    @PostConstruct
    void create() {
        buckets = Caffeine.newBuilder().maximumSize(MAX_CLIENTS).expireAfterAccess(IDLE).build();
    }

    /** @return 0 when the request may go ahead, else the whole seconds to wait */
    public long acquire(String client) {
        ConsumptionProbe probe = buckets.get(client, c -> newBucket()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, (long) Math.ceil(probe.getNanosToWaitForRefill() / 1e9));
    }

    private Bucket newBucket() {
        GatewayConfig.RateLimit limit = config.rateLimit();
        // one token every 1/perSecond seconds: the same rate for fractional limits (0.5 a second) as for whole ones
        Duration oneToken = Duration.ofNanos(Math.max(1, Math.round(1e9 / limit.perSecond())));
        return Bucket.builder().addLimit(l -> l.capacity(limit.burst()).refillGreedy(1, oneToken)).build();
    }
}
