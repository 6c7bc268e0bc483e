package io.backbone.infra;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

import java.util.Locale;
import java.util.Set;

/**
 * The MVStore file backend, with acknowledged meaning written: every write command is committed
 * to the file before it is answered, so a write the driver saw acknowledged survives a kill of the
 * server process (by default the store commits about once a second, so up to a second of
 * acknowledged writes could be lost). With {@code fsync}, each commit is also forced to the disk,
 * to survive a crash of the machine, as MongoDB's {@code j: true} does; that costs a disk flush
 * per write and is off by default.
 */
final class DurableH2Backend extends H2Backend {

    /** The commands that change data or indexes, by their lower-case names. */
    static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "createindexes",
            "dropindexes", "drop", "dropdatabase", "create", "renamecollection");

    private final boolean fsync;

    DurableH2Backend(String file, boolean fsync) {
        super(file);
        this.fsync = fsync;
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        Document answer = super.handleCommand(channel, databaseName, command, query);
        if (WRITES.contains(command.toLowerCase(Locale.ROOT))) {
            commit();
            if (fsync) {
                getMvStore().sync();
            }
        }
        return answer;
    }
}
