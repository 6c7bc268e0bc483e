package io.backbone.program.members;

import io.backbone.events.EventCodec;
import io.backbone.events.MemberEnrolled;
import io.backbone.outbox.OutboxRelay;
import io.backbone.outbox.PendingEvent;
import io.backbone.support.problem.ProblemException;
import io.backbone.support.rest.Page;
import io.backbone.support.rest.Tenancy;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** Enrols members and finds them, always inside one gym. */
@ApplicationScoped
public class MemberService implements PanacheMongoRepositoryBase<MemberDocument, String> {

    public static final String EVENT_SOURCE = "/program-service";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    @Inject
    OutboxRelay relay;
    @Inject
    Clock clock;

    public MemberDocument enrol(String gym, String displayName) {
        MemberDocument member = new MemberDocument();
        member.id = newId();
        member.key = MemberDocument.key(gym, member.id);
        member.gym = gym;
        member.displayName = displayName.strip();
        member.enrolledAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        member.addPending(PendingEvent.of(EventCodec.wrap(EVENT_SOURCE, member.id, gym,
                new MemberEnrolled(member.id, gym, member.enrolledAt))));
        persist(member);
        relay.nudge("members", member.key);
        return member;
    }

    /** The member, or a 404 exactly as for an id that never existed (another gym's included). */
    public MemberDocument get(String gym, String memberId) {
        Tenancy.requireId("Member", memberId);
        MemberDocument member = findById(MemberDocument.key(gym, memberId));
        if (member == null) {
            throw ProblemException.notFound("Member '" + memberId + "'");
        }
        return member;
    }

    public Page<MemberDocument> list(String gym, int page, int size) {
        var query = find("gym", Sort.ascending("enrolledAt").and("_id"), gym);
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }

    /** "m-" and 12 characters without look-alikes: unguessable, short enough to read out. */
    static String newId() {
        StringBuilder id = new StringBuilder("m-");
        for (int i = 0; i < 12; i++) {
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
