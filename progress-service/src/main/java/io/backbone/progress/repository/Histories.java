package io.backbone.progress.repository;

import io.backbone.support.rest.Page;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.panache.common.Sort;

/** A member's paged history in one collection, newest first, under the index {@link HistoryIndexes} makes. */
final class Histories {

    private Histories() {
    }

    static <T> Page<T> newestFirst(PanacheMongoRepositoryBase<T, String> repository, String timeField, String gym,
                                   String memberId, int page, int size) {
        var query = repository.find("gym = ?1 and memberId = ?2",
                Sort.descending(timeField).and("_id", Sort.Direction.Descending), gym, memberId);
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }
}
