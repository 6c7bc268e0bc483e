package io.backbone.progress.bench;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import io.backbone.progress.domain.MemberRollup;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.codecs.pojo.PojoCodecProvider;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Benchmark data: a gym of N members with S sessions in all, folded through the same
 * {@link MemberRollup} code the event consumer uses and stored straight into progress-service's
 * rollup collection (feeding a million events through Kafka would take the benchmark's whole
 * budget; the consumer's own rate is measured separately). Deterministic for a seed.
 * <p>
 * Usage: SeedGym mongodb-uri database gym members sessions [seed]
 */
public final class SeedGym {

    private static final String[] TRACKS = {"relief", "prevention", "back-to-training"};

    public static void main(String[] args) {
        String uri = args[0];
        String database = args[1];
        String gym = args[2];
        int members = Integer.parseInt(args[3]);
        long sessions = Long.parseLong(args[4]);
        Random random = new Random(args.length > 5 ? Long.parseLong(args[5]) : 42);
        Instant now = Instant.now();
        long perMember = sessions / members;
        long started = System.nanoTime();
        var codecs = CodecRegistries.fromRegistries(MongoClientSettings.getDefaultCodecRegistry(),
                CodecRegistries.fromProviders(PojoCodecProvider.builder().automatic(true).build()));
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<MemberRollup> rollups = client.getDatabase(database)
                    .getCollection("member_rollups", MemberRollup.class).withCodecRegistry(codecs);
            rollups.deleteMany(Filters.eq("gym", gym));
            List<MemberRollup> batch = new ArrayList<>();
            long written = 0;
            for (int i = 0; i < members; i++) {
                long quota = perMember + (i < sessions % members ? 1 : 0);
                batch.add(member(gym, "member-" + i, quota, random, now));
                written += quota;
                if (batch.size() == 500) {
                    rollups.insertMany(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                rollups.insertMany(batch);
            }
            System.out.printf("seeded %d members with %d sessions in %.1f s%n", members, written,
                    (System.nanoTime() - started) / 1e9);
        }
    }

    /** A member who trains at their own steady rate, with pain easing for most and a questionnaire every 6 weeks. */
    static MemberRollup member(String gym, String memberId, long quota, Random random, Instant now) {
        int perWeek = 3;
        double adherence = 0.25 + 0.75 * random.nextDouble();
        long weeks = Math.max(1, (long) Math.ceil(quota / (perWeek * adherence)));
        Instant start = now.minus(weeks * 7 + random.nextInt(7), ChronoUnit.DAYS);
        MemberRollup m = MemberRollup.empty(gym, memberId);
        m.applyEnrolled(start.minus(random.nextInt(3), ChronoUnit.DAYS));
        MemberRollup.Prescription p = new MemberRollup.Prescription();
        p.programId = "p-" + memberId;
        p.revision = 1;
        p.track = TRACKS[random.nextInt(TRACKS.length)];
        p.status = "active";
        p.sessionsPerWeek = perWeek;
        p.exerciseIds = List.of("glute-bridge", "bird-dog", "dead-bug", "open-book", "hip-hinge");
        p.changedAt = start;
        m.applyPrescription(p);
        double baseline = 3 + random.nextInt(6);
        double weeklyChange = random.nextDouble() < 0.7 ? -0.15 : 0.02;
        long logged = 0;
        for (long week = 0; logged < quota; week++) {
            Instant weekStart = start.plus(week * 7, ChronoUnit.DAYS);
            double pain = Math.max(0, Math.min(10, baseline + weeklyChange * week + random.nextGaussian()));
            for (int s = 0; s < perWeek + 1 && logged < quota; s++) {
                if (random.nextDouble() < adherence) {
                    Instant at = weekStart.plus(s * 2L, ChronoUnit.DAYS).plus(random.nextInt(12), ChronoUnit.HOURS);
                    m.applySession(new UUID(random.nextLong(), random.nextLong()).toString(), at.isAfter(now) ? now : at,
                            (int) Math.min(10, Math.round(pain * 0.6)), 4 + random.nextInt(4));
                    logged++;
                }
            }
            Instant reportAt = weekStart.plus(1, ChronoUnit.DAYS);
            if (!reportAt.isAfter(now)) {
                m.applyPain(new UUID(random.nextLong(), random.nextLong()).toString(), (int) Math.round(pain), reportAt);
                if (week % 6 == 0) {
                    m.applyOutcome("odi-" + memberId + "-" + week, "ODI", Math.min(100, Math.round(pain * 7)), reportAt);
                    m.applyOutcome("rmdq-" + memberId + "-" + week, "RMDQ", Math.min(24, Math.round(pain * 2.2)), reportAt);
                }
            }
        }
        return m;
    }
}
