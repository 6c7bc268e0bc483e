package io.backbone.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The status file deploy/local/run keeps (run/status): a line per process, "name state pid restarts port". */
public final class RunStatus {

    public static final int STATE = 1;
    public static final int PID = 2;
    public static final int RESTARTS = 3;
    public static final int PORT = 4;

    private RunStatus() {
    }

    /** One field of a process's line; the supervisor replaces the file whole (a rename), so a read never sees half of it. */
    public static String field(Path status, String process, int field) {
        try {
            for (String line : Files.readAllLines(status)) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length == 5 && fields[0].equals(process)) {
                    return fields[field];
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + status, e);
        }
        throw new IllegalStateException("no process " + process + " in " + status);
    }
}
