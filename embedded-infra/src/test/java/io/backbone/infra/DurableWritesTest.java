package io.backbone.infra;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The local run's database as its own process (InfraMain, as deploy/local/run starts it), killed
 * with SIGKILL right after a burst of acknowledged writes: every write it acknowledged is there
 * when it comes back.
 */
class DurableWritesTest {

    @TempDir
    Path data;

    @Test
    void everyAcknowledgedWriteSurvivesAKillOfTheDatabaseProcess() throws Exception {
        int port = freePort();
        Path file = data.resolve("mongo");
        Process server = start(port, file);
        int written = 300;
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            MongoCollection<Document> sessions = client.getDatabase("durability").getCollection("sessions");
            for (int i = 0; i < written; i++) {
                sessions.insertOne(new Document("_id", "s-" + i).append("n", i)); // acknowledged (w: 1) on return
            }
            sessions.updateOne(new Document("_id", "s-0"), new Document("$set", new Document("n", -1)));
        }
        server.destroyForcibly(); // SIGKILL: nothing flushed on the way out
        assertTrue(server.waitFor(10, TimeUnit.SECONDS));

        Process again = start(port, file);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            MongoCollection<Document> sessions = client.getDatabase("durability").getCollection("sessions");
            assertEquals(written, sessions.countDocuments(), "acknowledged inserts after the kill");
            assertEquals(-1, sessions.find(new Document("_id", "s-0")).first().getInteger("n"), "the acknowledged update");
        } finally {
            again.destroy();
            again.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aReopenedDatabaseKeepsItsDocumentsIndexesAndLaterWrites() throws Exception {
        Path folder = data.resolve("reopened");
        try (EmbeddedMongo mongo = EmbeddedMongo.durable(folder, 0);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> members = client.getDatabase("durability").getCollection("members");
            members.createIndex(new Document("email", 1), new IndexOptions().unique(true));
            members.insertMany(List.of(new Document("_id", "a").append("email", "a@x"), new Document("_id", "b").append("email", "b@x")));
            members.deleteOne(new Document("_id", "b"));
        }
        for (int start = 0; start < 2; start++) { // each start folds the journal into a new snapshot
            try (EmbeddedMongo mongo = EmbeddedMongo.durable(folder, 0);
                 MongoClient client = MongoClients.create(mongo.connectionString())) {
                MongoCollection<Document> members = client.getDatabase("durability").getCollection("members");
                assertEquals(List.of("a"), members.find().map(d -> d.getString("_id")).into(new java.util.ArrayList<>()));
                MongoWriteException duplicate = assertThrows(MongoWriteException.class,
                        () -> members.insertOne(new Document("_id", "c").append("email", "a@x")));
                assertEquals(11000, duplicate.getCode(), "the unique index is back");
            }
        }
        try (var files = Files.list(folder)) {
            assertEquals(List.of("journal-3.bson", "snapshot-3.bson"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aTornEntryAtTheEndOfTheJournalIsDroppedAndEverythingBeforeItOpens() throws Exception {
        Path folder = data.resolve("torn");
        try (EmbeddedMongo mongo = EmbeddedMongo.durable(folder, 0);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            client.getDatabase("durability").getCollection("sessions").insertOne(new Document("_id", "kept"));
        }
        Path journal = folder.resolve("journal-1.bson");
        byte[] entry = Files.readAllBytes(journal);
        // half of the same entry again: an append cut short by a crash
        Files.write(journal, java.util.Arrays.copyOf(entry, entry.length / 2), java.nio.file.StandardOpenOption.APPEND);
        try (EmbeddedMongo mongo = EmbeddedMongo.durable(folder, 0);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            assertEquals(1, client.getDatabase("durability").getCollection("sessions").countDocuments());
        }
    }

    private static Process start(int port, Path file) throws IOException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), InfraMain.class.getName(), "mongo", Integer.toString(port),
                file.toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        // "mongo ready" is its last line before it serves; the wait ends with the line, not a clock
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.contains("mongo ready")) {
                Thread drain = new Thread(() -> {
                    try {
                        out.lines().forEach(l -> { });
                    } catch (java.io.UncheckedIOException closed) {
                        // the process was killed: nothing more to read
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return process;
            }
        }
        throw new IllegalStateException("the database process ended before it was ready");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
