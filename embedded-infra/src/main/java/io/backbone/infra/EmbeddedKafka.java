package io.backbone.infra;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Apache Kafka broker in KRaft mode (broker and controller in one process),
 * started from the Kafka jars: the same broker code as production, no Docker needed.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private final KafkaRaftServer server;
    private final int port;
    private final Path logDir;
    private final boolean deleteOnClose;

    private EmbeddedKafka(Path logDir, int port, boolean deleteOnClose) {
        this.logDir = logDir;
        this.port = port == 0 ? freePort() : port;
        this.deleteOnClose = deleteOnClose;
        int controllerPort = freePort();
        Properties props = brokerProperties(this.port, controllerPort, logDir);
        formatIfNew(logDir, props, controllerPort);
        this.server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        server.startup();
        awaitReady(Duration.ofSeconds(60));
    }

    /** A broker whose data lives in a temporary directory deleted on close. Port 0: any free port. */
    public static EmbeddedKafka temporary(int port) {
        try {
            return new EmbeddedKafka(Files.createTempDirectory("backbone-kafka"), port, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A broker whose log directory survives restarts: a second start finds the first one's topics. */
    public static EmbeddedKafka persistent(Path logDir, int port) {
        return new EmbeddedKafka(logDir, port, false);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    private static Properties brokerProperties(int port, int controllerPort, Path logDir) {
        Properties p = new Properties();
        p.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("log.dirs", logDir.toAbsolutePath().toString()),
                Map.entry("num.partitions", "3"),
                Map.entry("auto.create.topics.enable", "true"),
                // one node: every internal topic has exactly one replica
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "3"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("log.flush.interval.messages", "1")));
        return p;
    }

    /**
     * KRaft needs a formatted log directory. A directory formatted by an earlier start is kept
     * as it is, so its topics and committed offsets survive; the controller port may differ
     * between starts because a standalone (dynamic) quorum records only the node's directory id.
     */
    private static void formatIfNew(Path logDir, Properties props, int controllerPort) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(logDir);
            Path config = Files.createTempFile("kafka-server", ".properties");
            try (var out = Files.newOutputStream(config)) {
                props.store(out, "backbone embedded broker");
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            int exit = StorageTool.execute(new String[]{"format", "--config", config.toString(),
                    "--cluster-id", Uuid.randomUuid().toString(), "--standalone", "--ignore-formatted"},
                    new PrintStream(output, true, StandardCharsets.UTF_8));
            Files.deleteIfExists(config);
            if (exit != 0) {
                throw new IllegalStateException("formatting " + logDir + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(Duration timeout) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        Instant deadline = Instant.now().plus(timeout);
        try (Admin admin = Admin.create(config)) {
            while (true) {
                try {
                    admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                    return;
                } catch (Exception notYet) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("broker not ready after " + timeout, notYet);
                    }
                }
            }
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        if (deleteOnClose) {
            try (var paths = Files.walk(logDir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp directory left behind is harmless
            }
        }
    }
}
