package io.backbone.progress.support;

import io.backbone.outbox.EventPublisher;
import io.backbone.outbox.KafkaEventPublisher;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/** The real Kafka publisher, which a test can make fail as if the broker were unreachable. */
@Alternative
@Priority(1)
@ApplicationScoped
public class SwitchablePublisher implements EventPublisher {

    private static volatile boolean failing;

    @Inject
    KafkaEventPublisher kafka;

    public static void fail(boolean fail) {
        failing = fail;
    }

    @Override
    public Future<?> send(String topic, String key, String value) {
        if (failing) {
            return CompletableFuture.failedFuture(new IOException("broker unreachable (simulated by the test)"));
        }
        return kafka.send(topic, key, value);
    }
}
