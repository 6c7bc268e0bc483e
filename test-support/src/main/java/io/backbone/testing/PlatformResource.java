package io.backbone.testing;

import io.backbone.infra.EmbeddedKafka;
import io.backbone.infra.EmbeddedMongo;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

import java.util.Map;

/**
 * Gives a service's {@code @QuarkusTest} a real Kafka broker and a MongoDB-wire server on free
 * ports, started once per test JVM and shared by every test class of the module. Inject the
 * companion with {@code @InjectKafkaCompanion}-free access: {@link #companion()}.
 */
public class PlatformResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedKafka kafka;
    private static EmbeddedMongo mongo;
    private static KafkaCompanion companion;

    @Override
    public synchronized Map<String, String> start() {
        if (kafka == null) {
            kafka = EmbeddedKafka.temporary(0);
            mongo = EmbeddedMongo.inMemory(0);
            companion = new KafkaCompanion(kafka.bootstrapServers());
            Runtime.getRuntime().addShutdownHook(new Thread(PlatformResource::stopAll));
        }
        return Map.of(
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "quarkus.mongodb.connection-string", mongo.connectionString());
    }

    @Override
    public void stop() {
        // shared by every test class in the JVM; stopped by the shutdown hook
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(companion,
                new TestInjector.AnnotatedAndMatchesType(InjectCompanion.class, KafkaCompanion.class));
    }

    public static KafkaCompanion companion() {
        return companion;
    }

    public static String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    private static synchronized void stopAll() {
        if (companion != null) {
            companion.close();
        }
        if (mongo != null) {
            mongo.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }
}
