package io.backbone.infra;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.embedded.EmbeddedChannel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The in-memory backend made durable with a write-ahead journal, the way Redis' append-only file
 * is: every write command is appended to the journal before it is applied and answered, so a write
 * the driver saw acknowledged survives a kill of the process; reads run at memory speed.
 *
 * <p>Why by hand: mongo-java-server's only file store (MVStore, the H2 backend) keeps documents
 * with Java serialisation and deserialises every one a query scans (a cohort query took 11.7 s on
 * it), and no library journals a MongoDB-wire server.
 *
 * <p>On disk, in one folder: {@code snapshot-N.bson}, the whole state as commands, and
 * {@code journal-N.bson}, the writes since. Each entry is {@code [length][crc32][bson]}; a torn
 * entry at the end (a crash in the middle of an append) is dropped, as it was never acknowledged.
 * At start, and whenever the journal outgrows {@link #COMPACT_AT_BYTES}, the state is written to
 * snapshot N+1 and journal N+1 starts empty; the files of N are deleted only after that, so a crash
 * at any point leaves one complete generation to open.
 *
 * <p>Replay is exact because the commands are deterministic: the driver assigns every inserted
 * {@code _id}, and the services do not upsert with server-generated ids or use server clocks in
 * updates. With {@code fsync}, each append is also forced to the disk to survive a crash of the
 * machine, as MongoDB's {@code j: true}; it costs a disk flush per write and is off by default.
 */
final class JournaledBackend extends MemoryBackend {

    /** The commands that change data or indexes, by their lower-case names. */
    static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "createindexes",
            "dropindexes", "drop", "dropdatabase", "create", "renamecollection");

    /**
     * A journal this long, or twice the last snapshot if that is more (so the cost of rewriting the
     * state stays in proportion to the writes, as Redis' auto-aof-rewrite-percentage does), is folded
     * into a new snapshot: a pause of writes, not of reads.
     */
    static final long COMPACT_AT_BYTES = 64L << 20;

    private static final Pattern GENERATION = Pattern.compile("snapshot-(\\d+)\\.bson");
    private static final int INSERT_BATCH = 500;

    private final Path folder;
    private final boolean fsync;
    private final Channel internal = new EmbeddedChannel();
    private final Object writes = new Object();
    private long generation;
    private FileChannel journal;
    private long journalBytes;
    private long snapshotBytes;

    JournaledBackend(Path folder, boolean fsync) {
        this.folder = folder;
        this.fsync = fsync;
        try {
            Files.createDirectories(folder);
            generation = latestGeneration();
            if (generation > 0) {
                replay(snapshot(generation));
                replay(journal(generation));
            }
            compact();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the database in " + folder, e);
        }
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (!WRITES.contains(command.toLowerCase(Locale.ROOT))) {
            return super.handleCommand(channel, databaseName, command, query);
        }
        // one writer at a time, so the journal's order is the order the writes were applied in
        synchronized (writes) {
            try {
                journalBytes += append(journal, entry(databaseName, command, query));
                if (fsync) {
                    journal.force(false);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the journal in " + folder, e);
            }
            try {
                return super.handleCommand(channel, databaseName, command, query);
            } finally {
                // after the write is applied, so the snapshot holds it (the journal it was in is deleted)
                if (journalBytes > Math.max(COMPACT_AT_BYTES, 2 * snapshotBytes)) {
                    compactOrSayWhy();
                }
            }
        }
    }

    @Override
    public void close() {
        super.close();
        synchronized (writes) {
            try {
                journal.force(true);
                journal.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void compactOrSayWhy() {
        try {
            compact();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fold the journal into a snapshot in " + folder, e);
        }
    }

    private void replay(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        ByteBuffer all = ByteBuffer.wrap(Files.readAllBytes(file));
        while (all.remaining() >= 8) {
            int length = all.getInt();
            int crc = all.getInt();
            if (length <= 0 || length > all.remaining() || crc != crc32(all.array(), all.position(), length)) {
                break; // a torn last entry: never acknowledged, so never applied
            }
            Document entry = BsonDecoder.decodeBson(Unpooled.wrappedBuffer(all.array(), all.position(), length));
            all.position(all.position() + length);
            try {
                super.handleCommand(internal, (String) entry.get("db"), (String) entry.get("command"),
                        (Document) entry.get("query"));
            } catch (RuntimeException e) {
                // it failed the same way when it was first run, and was answered with that error
            }
        }
    }

    /** Writes the whole state as generation N+1, starts its empty journal and drops generation N. */
    private void compact() throws IOException {
        long next = generation + 1;
        Path partial = folder.resolve("snapshot-" + next + ".partial");
        try (FileChannel out = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            for (String databaseName : listDatabaseNames()) {
                writeDatabase(out, databaseName);
            }
            out.force(true);
            snapshotBytes = out.size();
        }
        Files.move(partial, snapshot(next), StandardCopyOption.ATOMIC_MOVE);
        FileChannel fresh = FileChannel.open(journal(next), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        if (journal != null) {
            journal.close();
        }
        journal = fresh;
        journalBytes = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path old : files.filter(f -> !f.equals(snapshot(next)) && !f.equals(journal(next))).toList()) {
                Files.deleteIfExists(old);
            }
        }
        generation = next;
    }

    private void writeDatabase(FileChannel out, String databaseName) throws IOException {
        MongoDatabase database = resolveDatabase(databaseName);
        for (Document collection : firstBatch(databaseName, new Document("listCollections", 1))) {
            String name = (String) collection.get("name");
            if (name.startsWith("system.")) {
                continue;
            }
            List<Document> indexes = new ArrayList<>();
            for (Document index : firstBatch(databaseName, new Document("listIndexes", name))) {
                if (!"_id_".equals(index.get("name"))) {
                    Document spec = index.clone();
                    spec.remove("v");
                    spec.remove("ns");
                    indexes.add(spec);
                }
            }
            append(out, entry(databaseName, "create", new Document("create", name)));
            if (!indexes.isEmpty()) {
                append(out, entry(databaseName, "createIndexes",
                        new Document("createIndexes", name).append("indexes", indexes)));
            }
            MongoCollection<?> documents = database.resolveCollection(name, false);
            List<Document> batch = new ArrayList<>(INSERT_BATCH);
            for (Document document : documents.queryAll()) {
                batch.add(document);
                if (batch.size() == INSERT_BATCH) {
                    append(out, insert(databaseName, name, batch));
                    batch = new ArrayList<>(INSERT_BATCH);
                }
            }
            if (!batch.isEmpty()) {
                append(out, insert(databaseName, name, batch));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private List<Document> firstBatch(String databaseName, Document command) {
        String name = command.keySet().iterator().next();
        Document answer = super.handleCommand(internal, databaseName, name, command);
        return (List<Document>) ((Document) answer.get("cursor")).get("firstBatch");
    }

    private static ByteBuf insert(String databaseName, String collection, List<Document> documents) {
        return entry(databaseName, "insert", new Document("insert", collection).append("documents", documents));
    }

    private static ByteBuf entry(String databaseName, String command, Document query) {
        ByteBuf bson = Unpooled.buffer(256);
        BsonEncoder.encodeDocument(new Document("db", databaseName).append("command", command).append("query", query), bson);
        return bson;
    }

    /** Appends one framed entry and says how many bytes it took. */
    private static int append(FileChannel file, ByteBuf bson) throws IOException {
        int length = bson.readableBytes();
        ByteBuffer framed = ByteBuffer.allocate(8 + length);
        framed.putInt(length).putInt(crc32(bson.array(), bson.arrayOffset() + bson.readerIndex(), length));
        bson.getBytes(bson.readerIndex(), framed);
        framed.flip();
        while (framed.hasRemaining()) {
            file.write(framed);
        }
        return framed.limit();
    }

    private static int crc32(byte[] bytes, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }

    private long latestGeneration() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> GENERATION.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .mapToLong(m -> Long.parseLong(m.group(1))).max().orElse(0);
        }
    }

    private Path snapshot(long n) {
        return folder.resolve("snapshot-" + n + ".bson");
    }

    private Path journal(long n) {
        return folder.resolve("journal-" + n + ".bson");
    }
}
