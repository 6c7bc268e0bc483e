package io.backbone.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.backbone.events.EventType;
import io.backbone.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The fault-injection harness: a mixed load through the gateway from several clients while each
 * named process of a {@code deploy/local/run} is killed with SIGKILL in turn (its supervisor
 * restarts it), then a check of the whole history. Every write answered 2xx must be readable
 * exactly once, on its topic once in effect, counted once in the member's progress and applied once
 * by adaptation; a write answered 5xx or never answered must have happened completely or not at all.
 * <p>
 * Usage: FaultHarness &lt;status-file&gt; &lt;kafka-bootstrap&gt; &lt;fault,fault,...&gt; [seconds-after-each] [clients]
 * <br>A fault is a process name (killed with SIGKILL) or {@code outage:NAME:SECONDS} (stopped with
 * {@code deploy/local/run stop}, kept down that long under load, then started again; the script is
 * found from {@code BACKBONE_RUN_SCRIPT}). The status file is the run's {@code run/status}: it names
 * each process with its pid and port. With no faults, it is a steady load for seconds-after-each
 * (bench/soak), checked the same way at the end.
 */
public final class FaultHarness {

    static final Set<String> SERVICES = Set.of("catalog-service", "program-service", "progress-service", "gateway");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(120);

    private final Path status;
    private final Path runScript;
    private final Map<String, Double> backlogs = new HashMap<>();
    private final String kafka;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String gym = "gym-faults-" + run;
    private final PublicApi api;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Member> members = new CopyOnWriteArrayList<>();
    private final List<Write> writes = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger sequence = new AtomicInteger();
    private volatile String window = "warm-up";

    /** One request of the load: its kind, the key a write is found by afterwards (null for a read), and its answer. */
    record Write(String window, String kind, String memberId, String key, int status) {
        boolean accepted() {
            return status >= 200 && status < 300;
        }
    }

    /** A member with an active programme, and the token they log with. */
    record Member(String id, String token, List<JsonNode> exercises) {
    }

    /** What one kill did: the load in its window, what was lost or duplicated, and the time to recover. */
    public record Round(String process, int operations, int accepted, int lost, int duplicated, double recoverySeconds,
                        double peakBacklog) {
    }

    /** The whole run: a round per process, and the history checks that span them. */
    public record Report(List<Round> rounds, List<String> problems, int members, int writes, double settleSeconds) {
        public boolean clean(double recoveryGoalSeconds) {
            return problems.isEmpty() && rounds.stream().allMatch(r -> r.lost() == 0 && r.duplicated() == 0
                    && r.recoverySeconds() <= recoveryGoalSeconds);
        }

        public String table() {
            StringBuilder out = new StringBuilder(String.format("%-20s %10s %9s %5s %11s %11s %15s%n",
                    "fault", "operations", "accepted", "lost", "duplicated", "recovery s", "peak backlog"));
            for (Round r : rounds) {
                out.append(String.format("%-20s %10d %9d %5d %11d %11.1f %15s%n", r.process(), r.operations(),
                        r.accepted(), r.lost(), r.duplicated(), r.recoverySeconds(),
                        Double.isNaN(r.peakBacklog()) ? "-" : String.format("%.0f documents", r.peakBacklog())));
            }
            out.append(String.format("%d members, %d writes; the history settled %.1f s after the load stopped%n",
                    members, writes, settleSeconds));
            problems.forEach(p -> out.append("PROBLEM ").append(p).append('\n'));
            return out.toString();
        }
    }

    public FaultHarness(Path status, String kafka, Path runScript) {
        this.status = status;
        this.kafka = kafka;
        this.runScript = runScript;
        this.api = new PublicApi("http://127.0.0.1:" + port("gateway"), gym);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: FaultHarness <status-file> <kafka-bootstrap> <process,...> [seconds-after-each] [clients]");
            System.exit(2);
        }
        List<String> processes = args[2].isBlank() ? List.of() : List.of(args[2].split(","));
        int after = args.length > 3 ? Integer.parseInt(args[3]) : 15;
        int clients = args.length > 4 ? Integer.parseInt(args[4]) : 4;
        String script = System.getenv("BACKBONE_RUN_SCRIPT");
        Report report = new FaultHarness(Path.of(args[0]), args[1], script == null ? null : Path.of(script))
                .run(processes, Duration.ofSeconds(after), clients);
        System.out.print(report.table());
        System.out.println("goal: 0 lost, 0 duplicated, 0 torn, recovery <= 30 s for every process: "
                + (report.clean(30) ? "met" : "NOT met"));
        System.exit(report.clean(30) ? 0 : 1);
    }

    /** Runs the load, kills each process in turn, waits for the history to settle and checks it. */
    public Report run(List<String> processes, Duration afterEach, int clients) throws Exception {
        String coach = api.token("coach-faults", "coach");
        for (int i = 0; i < 12; i++) { // 11 or more: the cohort figures are not suppressed
            enrol(coach, true);
        }
        AtomicBoolean loading = new AtomicBoolean(true);
        List<Thread> load = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Random random = new Random(c);
            Thread client = new Thread(() -> {
                while (loading.get()) {
                    step(random, coach);
                }
            }, "client-" + c);
            client.start();
            load.add(client);
        }
        Thread.sleep(processes.isEmpty() ? afterEach.toMillis() : afterEach.toMillis() / 2); // no faults: a steady load
        Map<String, Double> recovery = new LinkedHashMap<>();
        for (String fault : processes) {
            window = fault;
            String[] outage = fault.split(":");
            String process = outage.length == 3 ? outage[1] : fault;
            if (outage.length == 3) {
                backlogs.put(fault, outage(process, Duration.ofSeconds(Long.parseLong(outage[2]))));
            } else {
                kill(process);
            }
            long from = System.nanoTime(); // recovery counts from the kill, or from the end of the outage
            awaitRecovered(process);
            recovery.put(fault, (System.nanoTime() - from) / 1e9);
            Thread.sleep(afterEach.toMillis());
        }
        window = "cool-down";
        loading.set(false);
        for (Thread client : load) {
            client.join();
        }
        long stopped = System.nanoTime();
        List<String> problems = settle();
        double settle = (System.nanoTime() - stopped) / 1e9;
        return new Report(rounds(recovery), problems, members.size(), writes.size(), settle);
    }

    // ---- the load

    private void step(Random random, String coach) {
        double dice = random.nextDouble();
        if (dice < 0.01 || members.isEmpty()) {
            enrol(coach, false);
            return;
        }
        Member m = members.get(random.nextInt(members.size()));
        String path = "/api/v1/members/" + m.id();
        String key = "f-" + run + "-" + sequence.incrementAndGet();
        String at = Instant.now().minusSeconds(5).toString();
        if (dice < 0.50) {
            JsonNode exercise = m.exercises().get(random.nextInt(m.exercises().size()));
            Map<String, Object> log = new LinkedHashMap<>();
            log.put("exerciseId", exercise.get("exerciseId").asText());
            log.put("done", true);
            log.put("sets", exercise.get("dosage").get("sets").asInt());
            write("session", m.id(), key, api.once("POST", path + "/sessions", m.token(), Map.of("clientSessionId", key,
                    "performedAt", at, "exercises", List.of(log), "rpe", 3 + random.nextInt(4), "painDuring", random.nextInt(5))));
        } else if (dice < 0.72) {
            write("pain", m.id(), key, api.once("POST", path + "/pain-reports", m.token(), Map.of("clientReportId", key,
                    "rating", 1 + random.nextInt(5), "context", "morning", "reportedAt", at)));
        } else if (dice < 0.80) {
            List<Integer> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                answers.add(random.nextInt(4));
            }
            write("questionnaire", m.id(), key, api.once("POST", path + "/outcome-measures", m.token(),
                    Map.of("clientMeasureId", key, "instrument", "ODI", "answers", answers, "completedAt", at)));
        } else {
            String[] readable = {"/progress", "/program", "/sessions?size=5", "/pain-reports?size=5"};
            write("read", m.id(), null, api.once("GET", path + readable[random.nextInt(readable.length)], m.token(), null));
        }
    }

    /** Enrols a member with a name of its own (the key), answers the intake and generates the programme. */
    private void enrol(String coach, boolean retried) {
        String name = "f-" + run + "-" + sequence.incrementAndGet();
        PublicApi.Answer enrolled = retried
                ? new PublicApi.Answer(201, api.call("POST", "/api/v1/members", coach, Map.of("displayName", name), 201))
                : api.once("POST", "/api/v1/members", coach, Map.of("displayName", name));
        write("enrolment", null, name, enrolled);
        if (!enrolled.accepted()) {
            return;
        }
        String id = enrolled.body().get("id").asText();
        try {
            String token = api.token(id, "member");
            Map<String, Object> intake = Map.of("painNow", 4, "durationWeeks", 8, "redFlags", List.of(),
                    "limitations", List.of(), "equipment", List.of("mat"), "minutesPerSession", 20, "sessionsPerWeek", 3,
                    "goal", "relief");
            String path = "/api/v1/members/" + id;
            PublicApi.Answer answered = retried ? new PublicApi.Answer(200, api.call("PUT", path + "/intake", token, intake, 200))
                    : api.once("PUT", path + "/intake", token, intake);
            if (!answered.accepted()) {
                return;
            }
            PublicApi.Answer program = retried ? new PublicApi.Answer(201, api.call("POST", path + "/program", token, null, 200, 201))
                    : api.once("POST", path + "/program", token, null);
            if (program.accepted()) {
                List<JsonNode> exercises = new ArrayList<>();
                program.body().get("sessions").get(0).get("exercises").forEach(exercises::add);
                members.add(new Member(id, token, exercises));
            }
        } catch (IllegalStateException gatewayAway) {
            // the member exists without a programme; they take no further part in the load
        }
    }

    private void write(String kind, String memberId, String key, PublicApi.Answer answer) {
        writes.add(new Write(window, kind, memberId, key, answer.status()));
        if (answer.status() < 0 || answer.status() >= 500) {
            try {
                Thread.sleep(100); // a client backs off a little before its next request, as real ones do
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // ---- the faults

    private void kill(String process) throws Exception {
        long pid = Long.parseLong(statusField(process, RunStatus.PID));
        ProcessHandle handle = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(process + " is not running"));
        handle.destroyForcibly();
        handle.onExit().get(10, TimeUnit.SECONDS);
    }

    /** Keeps a process down for a while under load; returns the largest outbox backlog seen meanwhile. */
    private double outage(String process, Duration length) throws Exception {
        runScript("stop", process);
        long until = System.nanoTime() + length.toNanos();
        double peak = 0;
        while (System.nanoTime() < until) {
            peak = Math.max(peak, backlog());
            Thread.sleep(1000);
        }
        runScript("start", process);
        return peak;
    }

    private void runScript(String verb, String process) throws Exception {
        if (runScript == null) {
            throw new IllegalStateException("an outage needs BACKBONE_RUN_SCRIPT (the path of deploy/local/run)");
        }
        ProcessBuilder builder = new ProcessBuilder("bash", runScript.toString(), verb, process).inheritIO();
        builder.environment().put("BACKBONE_DATA", status.toAbsolutePath().getParent().getParent().toString());
        if (builder.start().waitFor() != 0) {
            throw new IllegalStateException("deploy/local/run " + verb + " " + process + " failed");
        }
    }

    /** The documents whose events wait in an outbox, summed over the services (the backbone_outbox_pending gauges). */
    private double backlog() {
        double sum = 0;
        for (String service : SERVICES) {
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(service) + "/q/metrics"))
                        .timeout(Duration.ofSeconds(2)).build();
                for (String line : http.send(request, HttpResponse.BodyHandlers.ofString()).body().split("\n")) {
                    if (line.startsWith("backbone_outbox_pending{")) {
                        double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                        sum += Double.isNaN(value) ? 0 : value;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // a service between restarts: it counts nothing this time
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return sum;
    }

    /** Everything ready again: the killed process restarted and every service ready, Kafka reachable from each. */
    private void awaitRecovered(String killed) throws InterruptedException {
        long deadline = System.nanoTime() + RECOVERY_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            boolean up = "up".equals(statusField(killed, RunStatus.STATE));
            for (String service : SERVICES) {
                up = up && healthy(service, "/q/health/ready") && healthy(service, "/q/health/group/kafka");
            }
            if (up) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("not everything was ready " + RECOVERY_LIMIT.toSeconds() + " s after killing " + killed);
    }

    private boolean healthy(String service, String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(service) + path))
                    .timeout(Duration.ofSeconds(2)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private int port(String process) {
        return Integer.parseInt(statusField(process, RunStatus.PORT));
    }

    private String statusField(String process, int field) {
        return RunStatus.field(status, process, field);
    }

    // ---- the checks

    /** Awaits the history settling (outboxes drained, consumers caught up), then checks it once more and says what is wrong. */
    private List<String> settle() throws InterruptedException {
        long deadline = System.nanoTime() + RECOVERY_LIMIT.toNanos();
        // the outboxes empty first (a cheap poll of the gauges), then the whole history is read
        while (backlog() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(1000);
        }
        List<String> problems = check();
        while (!problems.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(2000);
            problems = check();
        }
        return problems;
    }

    private Map<String, Integer> stored = Map.of();

    private List<String> check() {
        List<String> problems = new ArrayList<>();
        String coach = api.token("coach-faults", "coach");
        Map<String, Integer> found = new HashMap<>();
        for (JsonNode m : all("/api/v1/members", coach)) {
            found.merge(m.get("displayName").asText(), 1, Integer::sum);
        }
        Map<String, Set<String>> events = events();
        Set<String> recordIds = ConcurrentHashMap.newKeySet();
        Map<String, Integer> foundPerMember = new ConcurrentHashMap<>();
        List<String> memberProblems = Collections.synchronizedList(new ArrayList<>());
        // each member's own token: the gateway's rate limit is per client, and a member may read all of this
        ForkJoinPool readers = new ForkJoinPool(8);
        try {
            readers.submit(() -> members.parallelStream().forEach(m -> checkMember(m, events, recordIds, foundPerMember,
                    memberProblems))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("the history could not be read", e.getCause());
        } finally {
            readers.shutdown();
        }
        problems.addAll(memberProblems);
        foundPerMember.forEach((key, n) -> found.merge(key, n, Integer::sum));
        for (Map.Entry<String, Integer> e : found.entrySet()) {
            if (e.getKey().contains("#revision-") && e.getValue() != 1) {
                problems.add(e.getKey() + " is there " + e.getValue() + " times");
            }
        }
        Set<String> unannounced = new HashSet<>(events.keySet());
        unannounced.removeAll(recordIds);
        unannounced.forEach(id -> problems.add("an event announces record " + id + ", which was never stored"));
        stored = found;
        return problems;
    }

    private void checkMember(Member m, Map<String, Set<String>> events, Set<String> recordIds, Map<String, Integer> found,
                             List<String> problems) {
        String path = "/api/v1/members/" + m.id();
        String token = m.token();
        List<JsonNode> sessions = all(path + "/sessions", token);
        List<JsonNode> pain = all(path + "/pain-reports", token);
        List<JsonNode> measures = all(path + "/outcome-measures", token);
        count(found, sessions, "clientSessionId");
        count(found, pain, "clientReportId");
        count(found, measures, "clientMeasureId");
        for (JsonNode record : concat(sessions, pain, measures)) {
            recordIds.add(record.get("id").asText());
            int published = events.getOrDefault(record.get("id").asText(), Set.of()).size();
            if (published != 1) {
                problems.add(m.id() + ": record " + record.get("id").asText() + " is on its topic " + published + " times in effect");
            }
        }
        JsonNode progress = api.call("GET", path + "/progress", token, null, 200);
        int completed = 0;
        int painReports = 0;
        for (JsonNode week : progress.get("weeks")) {
            completed += week.get("completed").asInt();
            painReports += week.get("painReports").asInt();
        }
        expect(problems, m.id() + ": sessions in progress", sessions.size(), completed);
        expect(problems, m.id() + ": pain reports in progress", pain.size(), painReports);
        JsonNode adapted = api.call("GET", path + "/program", token, null, 200).get("adaptedFrom");
        expect(problems, m.id() + ": sessions applied by adaptation", sessions.size(), adapted.get("sessions").asInt());
        expect(problems, m.id() + ": pain reports applied by adaptation", pain.size(), adapted.get("painReports").asInt());
        for (JsonNode revision : all(path + "/program/revisions", token)) {
            found.merge(m.id() + "#revision-" + revision.get("revision").asInt(), 1, Integer::sum);
        }
    }

    private static void count(Map<String, Integer> found, List<JsonNode> records, String key) {
        records.forEach(r -> found.merge(r.get(key).asText(), 1, Integer::sum));
    }

    private static void expect(List<String> problems, String what, int expected, int actual) {
        if (expected != actual) {
            problems.add(what + ": " + actual + ", expected " + expected);
        }
    }

    @SafeVarargs
    private static List<JsonNode> concat(List<JsonNode>... lists) {
        List<JsonNode> all = new ArrayList<>();
        for (List<JsonNode> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    /** Every item of a paged listing. */
    private List<JsonNode> all(String path, String token) {
        List<JsonNode> items = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 0; ; page++) {
            JsonNode answer = api.call("GET", path + separator + "size=100&page=" + page, token, null, 200);
            JsonNode pageItems = answer.isArray() ? answer : answer.get("items");
            pageItems.forEach(items::add);
            if (answer.isArray() || pageItems.size() < 100) {
                return items;
            }
        }
    }

    /** The gym's activity and outcome events by the id of the record they announce, as the set of event ids seen for it. */
    private Map<String, Set<String>> events() {
        Map<String, Set<String>> byRecord = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", kafka,
                "group.id", "faults-" + UUID.randomUUID(), "enable.auto.commit", "false"),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(Topics.MEMBER_ACTIVITY, Topics.OUTCOME_RECORDED)) {
                consumer.partitionsFor(topic, Duration.ofSeconds(10)).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Supplier<Boolean> caughtUp = () -> partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
            while (!caughtUp.get()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode event = JSON.readTree(record.value());
                    JsonNode data = event.get("data");
                    if (data == null || !gym.equals(data.path("gym").asText())) {
                        continue;
                    }
                    String type = event.get("type").asText();
                    String recordId = type.equals(EventType.SESSION_COMPLETED.type()) ? data.get("sessionId").asText()
                            : type.equals(EventType.PAIN_REPORTED.type()) ? data.get("reportId").asText()
                            : type.equals(EventType.OUTCOME_RECORDED.type()) ? data.get("measureId").asText() : null;
                    if (recordId != null) {
                        byRecord.computeIfAbsent(recordId, k -> new HashSet<>()).add(event.get("id").asText());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byRecord;
    }

    /** Per window: each write answered 2xx found once; any other found at most once. */
    private List<Round> rounds(Map<String, Double> recovery) {
        List<Round> rounds = new ArrayList<>();
        List<Write> all;
        synchronized (writes) {
            all = List.copyOf(writes);
        }
        for (Map.Entry<String, Double> process : recovery.entrySet()) {
            int operations = 0;
            int accepted = 0;
            int lost = 0;
            int duplicated = 0;
            for (Write w : all) {
                if (!w.window().equals(process.getKey())) {
                    continue;
                }
                operations++;
                if (w.key() == null) {
                    accepted += w.accepted() ? 1 : 0;
                    continue;
                }
                int times = stored.getOrDefault(w.key(), 0);
                if (w.accepted()) {
                    accepted++;
                    lost += times == 0 ? 1 : 0;
                }
                duplicated += times > 1 ? 1 : 0;
            }
            rounds.add(new Round(process.getKey(), operations, accepted, lost, duplicated, process.getValue(),
                    backlogs.getOrDefault(process.getKey(), Double.NaN)));
        }
        return rounds;
    }
}
