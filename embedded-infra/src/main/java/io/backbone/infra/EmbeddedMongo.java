package io.backbone.infra;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.net.InetSocketAddress;
import java.nio.file.Path;

/**
 * A MongoDB wire-protocol server (de.bwaldvogel mongo-java-server): in memory for tests, and in
 * memory with a write-ahead journal for the local run, so data survives a restart or a crash. It speaks the protocol, not
 * MongoDB's performance: benchmark ratios against it, never absolute figures.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server;
    private final InetSocketAddress address;

    private EmbeddedMongo(MongoBackend backend, int port) {
        this.server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        this.address = server.getLocalAddress();
    }

    /** Data in memory, gone when stopped. Port 0 picks a free port. */
    public static EmbeddedMongo inMemory(int port) {
        return new EmbeddedMongo(new MemoryBackend(), port);
    }

    /**
     * Data in memory, journaled to a folder that a later start opens again: every acknowledged write
     * is in the journal before it is acknowledged. {@code BACKBONE_MONGO_FSYNC=true} also forces each
     * to the disk, to survive a crash of the machine and not only of the process.
     */
    public static EmbeddedMongo durable(Path folder, int port) {
        return new EmbeddedMongo(new JournaledBackend(folder,
                Boolean.parseBoolean(System.getenv().getOrDefault("BACKBONE_MONGO_FSYNC", "false"))), port);
    }

    public int port() {
        return address.getPort();
    }

    public String connectionString() {
        return "mongodb://127.0.0.1:" + port();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
