package io.backbone.infra;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs one piece of infrastructure as its own process, for the local run:
 * {@code kafka <port> <log-dir>} or {@code mongo <port> <data-folder>} ({@code mongo <port> memory} keeps
 * nothing on disk). Stops cleanly on SIGTERM. {@code keys <dir>} makes the local issuer's key pair
 * if it is not there yet, and exits.
 * One process per piece, so either can be stopped and restarted on its own.
 */
public final class InfraMain {

    public static void main(String[] args) throws InterruptedException {
        if (args.length == 2 && args[0].equals("keys")) {
            System.out.println("local keys in " + LocalKeys.ensure(Path.of(args[1])).toAbsolutePath());
            return;
        }
        if (args.length != 3) {
            System.err.println("usage: InfraMain kafka <port> <log-dir> | mongo <port> <data-folder> | keys <dir>");
            System.exit(2);
        }
        int port = Integer.parseInt(args[1]);
        Path data = Path.of(args[2]);
        AutoCloseable running = switch (args[0]) {
            case "kafka" -> EmbeddedKafka.persistent(data, port);
            case "mongo" -> "memory".equals(args[2]) ? EmbeddedMongo.inMemory(port) : EmbeddedMongo.durable(data, port);
            default -> throw new IllegalArgumentException("unknown component " + args[0]);
        };
        System.out.println(args[0] + " ready on 127.0.0.1:" + port + ", data in " + data.toAbsolutePath());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                running.close();
            } catch (Exception e) {
                System.err.println("error while stopping " + args[0] + ": " + e);
            }
            stopped.countDown();
        }));
        stopped.await();
    }
}
