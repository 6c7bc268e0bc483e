package io.backbone.program.repository;

import io.backbone.outbox.OutboxRelay;
import io.backbone.support.rest.Page;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Stores members, each with its member-enrolled event until the relay has published it. */
@ApplicationScoped
public class MemberRepository implements PanacheMongoRepositoryBase<MemberDocument, String> {

    static final String COLLECTION = "members";

    @Inject
    OutboxRelay relay;

    public void insert(MemberDocument member) {
        persist(member);
        relay.nudge(COLLECTION, member.key);
    }

    public MemberDocument find(String gym, String memberId) {
        return findById(MemberDocument.key(gym, memberId));
    }

    public Page<MemberDocument> ofGym(String gym, int page, int size) {
        var query = find("gym", Sort.ascending("enrolledAt").and("_id"), gym);
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }
}
