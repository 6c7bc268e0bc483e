package io.backbone.demo;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Loads a synthetic gym through the public API, as a partner app would: members enrol, answer the
 * intake (one reports a red flag and is referred), get a programme and log weeks of history —
 * sessions at their own adherence, morning pain that eases for most, a few flares and dropouts,
 * questionnaires at the start, middle and end. Deterministic for a seed; with more members it is
 * a load generator.
 * <p>
 * Usage: DemoGym [gateway-url] [members] [weeks] [seed] [gym]
 */
public final class DemoGym {

    public static final String COACH = "coach-demo";

    private final PublicApi api;
    private final long seed;
    private final int weeks;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final AtomicLong requests = new AtomicLong();

    DemoGym(PublicApi api, long seed, int weeks) {
        this.api = api;
        this.seed = seed;
        this.weeks = weeks;
    }

    public static void main(String[] args) throws Exception {
        String gateway = args.length > 0 ? args[0] : "http://localhost:8080";
        int members = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int weeks = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        String gym = args.length > 4 ? args[4] : "gym-demo";
        PublicApi api = new PublicApi(gateway, gym);
        JsonNode existing = api.call("GET", "/api/v1/members?size=1", api.token(COACH, "coach"), null, 200);
        if (existing.get("total").asLong() >= members) {
            System.out.printf("demo gym %s already has %d members; nothing to load%n", gym, existing.get("total").asLong());
            return;
        }
        new DemoGym(api, seed, weeks).load(members, 8);
    }

    void load(int members, int concurrency) throws Exception {
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        AtomicInteger done = new AtomicInteger();
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            Persona persona = Persona.of(seed, i, weeks);
            work.add(pool.submit(() -> {
                member(persona);
                progress(done.incrementAndGet(), members);
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%nloaded %d members with %d weeks of history in %.0f s: %d requests, %.0f requests/s%n",
                members, weeks, seconds, requests.get(), requests.get() / seconds);
    }

    private static synchronized void progress(int done, int total) {
        int width = 40;
        int filled = done * width / total;
        System.out.printf("\r  demo gym [%s%s] %d/%d members", "#".repeat(filled), ".".repeat(width - filled), done, total);
        System.out.flush();
    }

    void member(Persona p) {
        String coach = api.token(COACH, "coach");
        String id = call("POST", "/api/v1/members", coach, Map.of("displayName", p.displayName()), 201).get("id").asText();
        String me = api.token(id, "member");
        String path = "/api/v1/members/" + id;
        call("PUT", path + "/intake", me, Map.of("painNow", p.painAtStart(), "durationWeeks", p.durationWeeks(),
                "redFlags", p.redFlag() ? List.of("saddle-numbness") : List.of(), "limitations", p.limitations(),
                "equipment", p.equipment(), "minutesPerSession", p.minutesPerSession(), "sessionsPerWeek", 3,
                "goal", p.goal()), 200);
        JsonNode program = call("POST", path + "/program", me, null, 200, 201);
        if ("referred".equals(program.get("status").asText())) {
            return;
        }
        JsonNode main = program.get("sessions").get(0).get("exercises");
        Random r = new Random(seed * 31 + p.number());
        Instant start = now.minus(weeks * 7L, ChronoUnit.DAYS);
        for (int week = 0; week < weeks; week++) {
            Instant weekStart = start.plus(week * 7L, ChronoUnit.DAYS);
            double pain = p.painOn(week);
            if (week == 0 || week == weeks / 2 || week == weeks - 1) {
                questionnaires(path, me, p, week, weekStart.plus(1, ChronoUnit.HOURS), pain);
            }
            for (int day : new int[]{1, 4}) {
                int rating = clamp((int) Math.round(pain + r.nextGaussian() * 0.7));
                post(path + "/pain-reports", me, Map.of("clientReportId", "demo-" + p.number() + "-" + week + "-m" + day,
                        "rating", rating, "context", "morning", "reportedAt", past(weekStart.plus(day, ChronoUnit.DAYS))));
            }
            if (week == p.flareWeek()) {
                post(path + "/pain-reports", me, Map.of("clientReportId", "demo-" + p.number() + "-" + week + "-flare",
                        "rating", clamp((int) Math.round(pain) + 1), "context", "during-day", "location", "lower back",
                        "reportedAt", past(weekStart.plus(3, ChronoUnit.DAYS).plus(14, ChronoUnit.HOURS))));
            }
            if (!p.trainsIn(week)) {
                continue;
            }
            for (int session = 0; session < 3; session++) {
                if (r.nextDouble() >= p.adherence()) {
                    continue;
                }
                List<Map<String, Object>> logs = new ArrayList<>();
                for (JsonNode exercise : main) {
                    Map<String, Object> log = new LinkedHashMap<>();
                    log.put("exerciseId", exercise.get("exerciseId").asText());
                    boolean done = r.nextDouble() < 0.9;
                    log.put("done", done);
                    if (done) {
                        JsonNode dosage = exercise.get("dosage");
                        log.put("sets", dosage.get("sets").asInt());
                        if (dosage.hasNonNull("reps")) {
                            log.put("reps", dosage.get("reps").asInt());
                        }
                        if (dosage.hasNonNull("holdSeconds")) {
                            log.put("holdSeconds", dosage.get("holdSeconds").asInt());
                        }
                    }
                    logs.add(log);
                }
                post(path + "/sessions", me, Map.of("clientSessionId", "demo-" + p.number() + "-" + week + "-" + session,
                        "performedAt", past(weekStart.plus(session * 2L, ChronoUnit.DAYS).plus(7 + r.nextInt(12), ChronoUnit.HOURS)),
                        "exercises", logs, "rpe", 3 + r.nextInt(5),
                        "painDuring", clamp((int) Math.round(pain * 0.6 + r.nextGaussian()))));
            }
        }
    }

    private void questionnaires(String path, String me, Persona p, int week, Instant at, double pain) {
        List<Integer> odi = new ArrayList<>();
        for (int section = 0; section < 10; section++) {
            odi.add(Math.max(0, Math.min(5, (int) Math.round(pain / 2 + (section % 3 == 0 ? 0.5 : -0.3)))));
        }
        post(path + "/outcome-measures", me, Map.of("clientMeasureId", "demo-" + p.number() + "-" + week + "-odi",
                "instrument", "ODI", "answers", odi, "completedAt", past(at)));
        List<Boolean> rmdq = new ArrayList<>();
        for (int item = 0; item < 24; item++) {
            rmdq.add(item < Math.round(pain * 2.2));
        }
        post(path + "/outcome-measures", me, Map.of("clientMeasureId", "demo-" + p.number() + "-" + week + "-rmdq",
                "instrument", "RMDQ", "answers", rmdq, "completedAt", past(at.plus(5, ChronoUnit.MINUTES))));
    }

    private void post(String path, String token, Object body) {
        call("POST", path, token, body, 200, 201);
    }

    private JsonNode call(String method, String path, String token, Object body, int... expected) {
        requests.incrementAndGet();
        return api.call(method, path, token, body, expected);
    }

    /** Never in the future: the API refuses that. */
    private String past(Instant at) {
        Instant latest = now.minus(Duration.ofMinutes(1));
        return (at.isAfter(latest) ? latest : at).toString();
    }

    private static int clamp(int rating) {
        return Math.max(0, Math.min(10, rating));
    }
}
