package io.backbone.infra;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        Path file = data.resolve("backbone.mv");
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

    private static Process start(int port, Path file) throws IOException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), InfraMain.class.getName(), "mongo", Integer.toString(port),
                file.toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        // "mongo ready" is its last line before it serves; the wait ends with the line, not a clock
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.contains("mongo ready")) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
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
