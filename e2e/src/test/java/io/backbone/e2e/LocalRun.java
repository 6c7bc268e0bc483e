package io.backbone.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * The whole platform as {@code deploy/local/run} starts it, supervised, on free ports: the one stack
 * every end-to-end test shares. Processes are stopped, started and killed through the script's own
 * commands, as an operator would.
 */
final class LocalRun implements AutoCloseable {

    static final List<String> PROCESSES = List.of("kafka", "mongo", "catalog-service", "program-service",
            "progress-service", "gateway");
    /** Crashes in the supervisor's window after which it gives up on a process (the script's default is 5). */
    static final int RESTART_LIMIT = 3;

    private final Path root;
    private final Path data;
    private final Map<String, Integer> ports;
    private final Map<String, String> environment;
    private final Process script;

    private LocalRun(Path root, Path data, Map<String, Integer> ports, Map<String, String> environment, Process script) {
        this.root = root;
        this.data = data;
        this.ports = ports;
        this.environment = environment;
        this.script = script;
    }

    /** Starts the run in a fresh data folder and returns once it says it is up. */
    static LocalRun start(Path root, Path data) throws IOException {
        if (Files.exists(data)) {
            try (Stream<Path> old = Files.walk(data)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(data);
        Map<String, Integer> ports = new LinkedHashMap<>();
        Map<String, String> environment = new LinkedHashMap<>();
        for (String process : PROCESSES) {
            int port = freePort();
            ports.put(process, port);
            environment.put(process.replace("-service", "").toUpperCase() + "_PORT", Integer.toString(port));
        }
        environment.put("BACKBONE_DATA", data.toString());
        environment.put("BACKBONE_DEMO", "0");
        environment.put("RESTART_LIMIT", Integer.toString(RESTART_LIMIT));
        environment.put("BACKBONE_BUILD", "0"); // the reactor packaged everything; never a build inside a build
        environment.put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Path log = data.resolve("run.log");
        ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("deploy/local/run").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        LocalRun run = new LocalRun(root, data, ports, environment, builder.start());
        await("deploy/local/run up").atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!run.script.isAlive()) {
                throw new IllegalStateException("deploy/local/run ended before it was up:\n" + Files.readString(log));
            }
            return Files.readString(log).contains("Backbone is up");
        });
        return run;
    }

    String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    String kafka() {
        return "127.0.0.1:" + ports.get("kafka");
    }

    Path statusFile() {
        return data.resolve("run/status");
    }

    String state(String process) {
        return statusField(process, io.backbone.demo.RunStatus.STATE);
    }

    long pid(String process) {
        return Long.parseLong(statusField(process, io.backbone.demo.RunStatus.PID));
    }

    int restarts(String process) {
        return Integer.parseInt(statusField(process, io.backbone.demo.RunStatus.RESTARTS));
    }

    /** What the supervisor has said so far. */
    String log() throws IOException {
        return Files.readString(data.resolve("run.log"));
    }

    private String statusField(String process, int field) {
        return io.backbone.demo.RunStatus.field(statusFile(), process, field);
    }

    /** {@code deploy/local/run stop NAME}: down, and kept down. */
    void stop(String process) {
        command("stop", process);
    }

    /** {@code deploy/local/run start NAME}: back up. */
    void start(String process) {
        command("start", process);
    }

    /** {@code deploy/local/run kill NAME}: SIGKILL, and the supervisor restarts it. */
    void kill(String process) {
        command("kill", process);
    }

    private void command(String verb, String process) {
        try {
            ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("deploy/local/run").toString(), verb, process)
                    .redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process command = builder.start();
            String output = new String(command.getInputStream().readAllBytes());
            if (!command.waitFor(60, TimeUnit.SECONDS) || command.exitValue() != 0) {
                throw new IllegalStateException("deploy/local/run " + verb + " " + process + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Ctrl-C, as a person would stop it: everything stops, nothing is left behind. */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> children = new java.util.ArrayList<>();
        for (String process : PROCESSES) {
            try {
                ProcessHandle.of(pid(process)).ifPresent(children::add);
            } catch (RuntimeException neverStarted) {
                // no pid to look for
            }
        }
        script.destroy();
        if (!script.waitFor(90, TimeUnit.SECONDS)) {
            script.destroyForcibly();
            throw new IllegalStateException("deploy/local/run did not stop within 90 s of SIGTERM");
        }
        if (Files.exists(statusFile())) {
            throw new IllegalStateException("deploy/local/run stopped but left " + statusFile());
        }
        for (ProcessHandle child : children) {
            if (child.isAlive()) {
                child.destroyForcibly();
                throw new IllegalStateException("deploy/local/run stopped but left pid " + child.pid() + " running");
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
