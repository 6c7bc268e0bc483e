package io.backbone.program.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.backbone.events.CloudEvent;
import io.backbone.events.EventCodec;
import io.backbone.events.SessionCompleted;
import io.backbone.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * program-service benchmark against a running stack: programmes generated per second over HTTP
 * (against the service's bare POST endpoint, same client and concurrency, as a ratio); then a burst
 * of session-completed events (-Dbench.burst, 20,000) put on Kafka at once, after a warm-up burst
 * of the same size, timed until adaptation has applied them all; then the same kind of events at
 * half that peak rate (-Dbench.sustained-seconds, 20), each revision's time from the send of the
 * event it answered (the revision names it in {@code causedBy}).
 * Usage: ProgramBench program-url kafka-bootstrap members
 */
public final class ProgramBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String GYM = "gym-bench";
    private static final int CONCURRENCY = 16;
    private static final int BURST = Integer.getInteger("bench.burst", 20_000);
    private static final int SUSTAINED_SECONDS = Integer.getInteger("bench.sustained-seconds", 20);

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String kafka = args[1];
        int members = Integer.parseInt(args[2]);
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        Random random = new Random(7);
        String[] goals = {"relief", "prevention", "back-to-training"};
        String[] equipment = {"", "\"band\"", "\"band\",\"kettlebell\",\"mat\"", "\"mat\",\"pillow\""};

        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        run(pool, members, i -> {
            String id = JSON.readTree(post(base + "/members", "{\"displayName\":\"Bench " + i + "\"}", 201)).get("id").asText();
            ids.add(id);
            put(base + "/members/" + id + "/intake", """
                    {"painNow":%d,"durationWeeks":%d,"redFlags":[],"limitations":[%s],"equipment":[%s],
                     "minutesPerSession":%d,"sessionsPerWeek":3,"goal":"%s"}""".formatted(i % 9, 2 + i % 40,
                    i % 3 == 0 ? "\"cannot-kneel\"" : "", equipment[i % equipment.length], 10 + 5 * (i % 6), goals[i % 3]));
        });
        System.out.printf("set up %d members with intakes%n", ids.size());

        post(base + "/members/" + ids.get(0) + "/program", "", 201); // warm the catalog cache
        run(pool, 200, i -> post(base + "/bench/baseline", "{\"warm\":" + i + "}", 201));
        double baseline = rate(pool, members, i -> post(base + "/bench/baseline", "{\"i\":" + i + "}", 201));
        Map<String, List<String>> mainExercises = new ConcurrentHashMap<>();
        double generation = rate(pool, members, i -> {
            JsonNode programme = JSON.readTree(post(base + "/members/" + ids.get(i) + "/program", "", 201));
            List<String> main = new ArrayList<>();
            programme.get("sessions").get(0).get("exercises").forEach(e -> main.add(e.get("exerciseId").asText()));
            mainExercises.put(ids.get(i), main);
        });
        System.out.printf("bare POST baseline       %8.1f req/s%n", baseline);
        System.out.printf("programme generation     %8.1f programmes/s (ratio to baseline %.2f)%n", generation, generation / baseline);

        // a burst: BURST session-completed events at target, spread over the members, as fast as the producer goes
        Instant firstDay = Instant.now().minus(300, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS).plus(7, ChronoUnit.HOURS);
        int perMember = (BURST + ids.size() - 1) / ids.size();
        try (KafkaProducer<String, String> producer = producer(kafka); Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            // warm-up, not measured: a burst of the same size, earlier in time. A service that has run a
            // while has its hot paths compiled; fresh, the JIT compiler takes half of each JVM's CPU here
            // (top -H during the burst: C2 CompilerThread ~30 % of a core in program-service, progress-service and the database)
            for (int day = 0, sent = 0; day < perMember && sent < BURST; day++) {
                for (int m = 0; m < ids.size() && sent < BURST; m++, sent++) {
                    String id = ids.get(m);
                    producer.send(record(session(id, mainExercises.get(id), firstDay.minus(perMember + 1 - day, ChronoUnit.DAYS))));
                }
            }
            producer.flush();
            awaitConsumed(admin);
            int revisionsBefore = revisionsOf(pool, base, ids);
            long burstStart = System.nanoTime();
            int sent = 0;
            for (int day = 0; day < perMember && sent < BURST; day++) {
                for (int m = 0; m < ids.size() && sent < BURST; m++, sent++) {
                    String id = ids.get(m);
                    producer.send(record(session(id, mainExercises.get(id), firstDay.plus(day, ChronoUnit.DAYS))));
                }
            }
            producer.flush();
            long producedNanos = System.nanoTime() - burstStart;
            awaitConsumed(admin);
            double burstSeconds = (System.nanoTime() - burstStart) / 1e9;
            double peak = BURST / burstSeconds;
            int burstRevisions = revisionsOf(pool, base, ids) - revisionsBefore;
            System.out.printf("burst of %d events      produced in %d ms, all applied in %.1f s (goal <= 20 s: %s)%n", BURST,
                    producedNanos / 1_000_000, burstSeconds, burstSeconds <= 20 ? "met" : "NOT met");
            System.out.printf("adaptation throughput    %8.0f events/s (goal >= 1,000: %s; %.2fx the bare POST baseline); %d of the burst's events caused a revision%n",
                    peak, peak >= 1000 ? "met" : "NOT met", peak / baseline, burstRevisions);

            // sustained: sessions at half the peak rate for SUSTAINED_SECONDS, on the days after the burst, with
            // about the burst's share of revisions: one session in 20 hurts (pain 8 during it: a flare). The
            // latency is measured for every event that caused a revision.
            int rate = (int) Math.max(10, peak / 2);
            int total = rate * SUSTAINED_SECONDS;
            Map<String, Long> sentAtMillis = new ConcurrentHashMap<>();
            long begin = System.nanoTime();
            for (int i = 0; i < total; i++) {
                long due = begin + (long) (i * 1e9 / rate);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
                String member = ids.get(i % ids.size());
                int day = i / ids.size();
                CloudEvent event = session(member, mainExercises.get(member),
                        firstDay.plus(perMember + 1 + day, ChronoUnit.DAYS), i % 20 == 19 ? 8 : 2);
                sentAtMillis.put(event.id(), System.currentTimeMillis());
                producer.send(record(event));
            }
            producer.flush();
            awaitConsumed(admin);
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            run(pool, ids.size(), i -> {
                for (JsonNode revision : JSON.readTree(get(base + "/members/" + ids.get(i) + "/program/revisions"))) {
                    Long sentAt = sentAtMillis.get(revision.path("causedBy").path("id").asText(""));
                    if (sentAt != null) {
                        latencies.add(Instant.parse(revision.get("at").asText()).toEpochMilli() - sentAt);
                    }
                }
            });
            Collections.sort(latencies);
            long p99 = percentile(latencies, 0.99);
            System.out.printf("sustained                %d events at %d events/s (half the peak) for %d s; %d of them caused a revision%n",
                    total, rate, SUSTAINED_SECONDS, latencies.size());
            System.out.printf("event-to-revision        p50 %d ms, p99 %d ms (goal <= 200 ms: %s), max %d ms%n",
                    percentile(latencies, 0.5), p99, p99 >= 0 && p99 <= 200 ? "met" : "NOT met",
                    latencies.isEmpty() ? -1 : latencies.get(latencies.size() - 1));
        }
        pool.shutdownNow();
        System.exit(0);
    }

    /** The sum of every member's current revision number: how many revisions they have had. */
    private static int revisionsOf(ExecutorService pool, String base, List<String> ids) throws Exception {
        java.util.concurrent.atomic.AtomicInteger sum = new java.util.concurrent.atomic.AtomicInteger();
        run(pool, ids.size(), i -> sum.addAndGet(JSON.readTree(get(base + "/members/" + ids.get(i) + "/program")).get("revision").asInt()));
        return sum.get();
    }

    private static KafkaProducer<String, String> producer(String kafka) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 1), new StringSerializer(), new StringSerializer());
    }

    private static ProducerRecord<String, String> record(CloudEvent event) {
        return new ProducerRecord<>(Topics.MEMBER_ACTIVITY, event.key(), EventCodec.encode(event));
    }

    private static CloudEvent session(String member, List<String> exercises, Instant performedAt) {
        return session(member, exercises, performedAt, 2);
    }

    private static CloudEvent session(String member, List<String> exercises, Instant performedAt, int painDuring) {
        String id = UUID.randomUUID().toString();
        return EventCodec.wrap(id, "/bench", member, GYM, Instant.now(), new SessionCompleted(id, null, member, GYM, null, null,
                performedAt, exercises.stream().map(e -> new SessionCompleted.ExerciseResult(e, true, null, null, null, null,
                null, null)).toList(), 5, painDuring));
    }

    /** Waits, without loading the service, until the adaptation consumer has committed every record on the topic. */
    private static void awaitConsumed(Admin admin) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (var d : admin.describeTopics(List.of(Topics.MEMBER_ACTIVITY)).allTopicNames().get().values()) {
            d.partitions().forEach(p -> latest.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest()));
        }
        var ends = admin.listOffsets(latest).all().get();
        org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofMillis(100)).until(() -> {
            var committed = admin.listConsumerGroupOffsets("program-service-adaptation").partitionsToOffsetAndMetadata().get();
            return ends.entrySet().stream().allMatch(e -> committed.containsKey(e.getKey())
                    && committed.get(e.getKey()).offset() >= e.getValue().offset());
        });
    }

    interface Task {
        void run(int i) throws Exception;
    }

    private static void run(ExecutorService pool, int count, Task task) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < CONCURRENCY; w++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    task.run(i);
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
    }

    private static double rate(ExecutorService pool, int count, Task task) throws Exception {
        long start = System.nanoTime();
        run(pool, count, task);
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private static long percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? -1 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }

    private static String post(String url, String body, int expected) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body)), expected);
    }

    private static void put(String url, String body) throws Exception {
        send(HttpRequest.newBuilder(URI.create(url)).PUT(HttpRequest.BodyPublishers.ofString(body)), 200);
    }

    private static String get(String url) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), 200);
    }

    private static String send(HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(request.header("X-Backbone-Gym", GYM)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.build().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
