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
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * program-service benchmark against a running stack: programmes generated per second over HTTP
 * (against the service's bare POST endpoint, same client and concurrency, as a ratio), then the
 * event-to-revision latency when every member flares at once: each session-completed event's
 * time to the revision it caused. Usage: ProgramBench program-url kafka-bootstrap members
 */
public final class ProgramBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String GYM = "gym-bench";
    private static final int CONCURRENCY = 16;

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
        double generation = rate(pool, members, i -> post(base + "/members/" + ids.get(i) + "/program", "", 201));
        System.out.printf("bare POST baseline       %8.1f req/s%n", baseline);
        System.out.printf("programme generation     %8.1f programmes/s (ratio to baseline %.2f)%n", generation, generation / baseline);

        // every member flares at once: one session-completed event each, as fast as the producer goes
        Map<String, Integer> revisionBefore = new java.util.concurrent.ConcurrentHashMap<>();
        run(pool, ids.size(), i -> revisionBefore.put(ids.get(i),
                JSON.readTree(get(base + "/members/" + ids.get(i) + "/program")).get("revision").asInt()));
        Map<String, Instant> sentAt = new java.util.concurrent.ConcurrentHashMap<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(), new StringSerializer())) {
            for (String id : ids) {
                String eventId = java.util.UUID.randomUUID().toString();
                Instant now = Instant.now();
                CloudEvent event = EventCodec.wrap(eventId, "/bench", id, GYM, now, new SessionCompleted(eventId, null, id, GYM,
                        null, null, now.minus(1, ChronoUnit.HOURS), List.of(new SessionCompleted.ExerciseResult("glute-bridge",
                        true, null, null, null, null, null, null)), 6, 8));
                sentAt.put(id, now);
                producer.send(new ProducerRecord<>(Topics.MEMBER_ACTIVITY, id, EventCodec.encode(event)));
            }
        }
        Instant sentAll = Instant.now();
        // wait, without loading the service, until the adaptation consumer has taken every event
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            for (var d : admin.describeTopics(List.of(Topics.MEMBER_ACTIVITY)).allTopicNames().get().values()) {
                d.partitions().forEach(p -> latest.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest()));
            }
            var ends = admin.listOffsets(latest).all().get();
            org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                var committed = admin.listConsumerGroupOffsets("program-service-adaptation").partitionsToOffsetAndMetadata().get();
                return ends.entrySet().stream().allMatch(e -> committed.containsKey(e.getKey())
                        && committed.get(e.getKey()).offset() >= e.getValue().offset());
            });
        }
        Instant consumedAll = Instant.now();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        run(pool, ids.size(), i -> {
            String id = ids.get(i);
            JsonNode revisions = JSON.readTree(get(base + "/members/" + id + "/program/revisions"));
            JsonNode last = revisions.get(revisions.size() - 1);
            if (last.get("revision").asInt() > revisionBefore.get(id)) {
                latencies.add(Duration.between(sentAt.get(id), Instant.parse(last.get("at").asText())).toMillis());
            }
        });
        System.out.printf("all events consumed      %d ms after the last was sent (%.0f events/s)%n",
                Duration.between(sentAll, consumedAll).toMillis(),
                ids.size() / Math.max(0.001, Duration.between(sentAt.values().stream().min(Instant::compareTo).orElseThrow(), consumedAll).toMillis() / 1000.0));
        Collections.sort(latencies);
        System.out.printf("flare events sent        %d in %d ms%n", ids.size(), Duration.between(sentAt.values().stream().min(Instant::compareTo).orElseThrow(), sentAll).toMillis());
        System.out.printf("revisions seen           %d of %d%n", latencies.size(), ids.size());
        System.out.printf("event-to-revision        p50 %d ms, p99 %d ms, max %d ms%n", percentile(latencies, 0.5),
                percentile(latencies, 0.99), latencies.isEmpty() ? -1 : latencies.get(latencies.size() - 1));
        pool.shutdownNow();
        System.exit(0);
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
