package io.backbone.program.service;

import io.backbone.events.EventCodec;
import io.backbone.events.MemberEnrolled;
import io.backbone.outbox.PendingEvent;
import io.backbone.program.mapping.MemberView;
import io.backbone.program.repository.MemberDocument;
import io.backbone.program.repository.MemberRepository;
import io.backbone.support.problem.ProblemException;
import io.backbone.support.rest.Page;
import io.backbone.support.rest.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** Enrols members and finds them, always inside one gym. */
@ApplicationScoped
public class MemberService {

    public static final String EVENT_SOURCE = "/program-service";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    @Inject
    MemberRepository members;
    @Inject
    Clock clock;

    public MemberView enrol(String gym, String displayName) {
        MemberDocument member = new MemberDocument();
        member.id = newId();
        member.key = MemberDocument.key(gym, member.id);
        member.gym = gym;
        member.displayName = displayName.strip();
        member.enrolledAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        member.addPending(PendingEvent.of(EventCodec.wrap(EVENT_SOURCE, member.id, gym,
                new MemberEnrolled(member.id, gym, member.enrolledAt))));
        members.insert(member);
        return MemberView.of(member);
    }

    public MemberView get(String gym, String memberId) {
        return MemberView.of(require(gym, memberId));
    }

    /** The member, or a 404 exactly as for an id that never existed (another gym's included). */
    MemberDocument require(String gym, String memberId) {
        Tenancy.requireId("Member", memberId);
        MemberDocument member = members.find(gym, memberId);
        if (member == null) {
            throw ProblemException.notFound("Member '" + memberId + "'");
        }
        return member;
    }

    public Page<MemberView> list(String gym, int page, int size) {
        Page<MemberDocument> found = members.ofGym(gym, page, size);
        return new Page<>(found.items().stream().map(MemberView::of).toList(), found.page(), found.size(), found.total());
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
