package io.backbone.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.health.api.HealthGroup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Whether the broker answers, within two seconds (a probe must never hang on a broker that has
 * gone away), in a health group of its own ({@code /q/health/group/kafka}) and as the gauge
 * {@code backbone_kafka_up}. Not part of readiness: while Kafka is away a service still accepts
 * writes, whose events wait in its outbox, so an orchestrator must keep sending it traffic.
 */
@HealthGroup(KafkaHealth.GROUP)
@ApplicationScoped
public class KafkaHealth implements HealthCheck {

    public static final String GROUP = "kafka";
    private static final int TIMEOUT_MS = 2000;
    private final Admin admin;
    private volatile boolean up;

    @Inject
    public KafkaHealth(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MeterRegistry registry) {
        this.admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaConfig.getOrDefault("bootstrap.servers", "localhost:9092"),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS,
                AdminClientConfig.CLIENT_ID_CONFIG, "kafka-health"));
        registry.gauge("backbone.kafka.up", this, health -> health.up ? 1 : 0);
    }

    @Override
    public HealthCheckResponse call() {
        try {
            int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS)).nodes()
                    .get(TIMEOUT_MS + 500, TimeUnit.MILLISECONDS).size();
            up = true;
            return HealthCheckResponse.named("Kafka broker").up().withData("nodes", nodes).build();
        } catch (Exception e) {
            up = false;
            return HealthCheckResponse.named("Kafka broker").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }

    /** Keeps the gauge current without anyone asking the health endpoint. */
    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        call();
    }

    @PreDestroy
    void close() {
        admin.close();
    }
}
