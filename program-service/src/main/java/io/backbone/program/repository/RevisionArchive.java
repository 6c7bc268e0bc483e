package io.backbone.program.repository;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** The append-only store of programme revisions that no longer fit in their programme document. */
@ApplicationScoped
public class RevisionArchive implements PanacheMongoRepositoryBase<RevisionDocument, String> {

    /** Copies {@code revisions} of {@code doc}; one already archived is left as it is (it cannot differ). */
    void archive(ProgramDocument doc, List<ProgramDocument.Revision> revisions) {
        if (revisions.isEmpty()) {
            return;
        }
        try {
            mongoCollection().insertMany(revisions.stream().map(r -> RevisionDocument.of(doc, r)).toList(),
                    new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            if (e.getWriteErrors().stream().anyMatch(w -> ErrorCategory.fromErrorCode(w.getCode()) != ErrorCategory.DUPLICATE_KEY)) {
                throw e;
            }
        }
    }

    /**
     * The archived revisions of a programme before its document's oldest, oldest first: one query
     * by their ids ($in on _id is served from the id index by real MongoDB and the embedded server).
     */
    public List<ProgramDocument.Revision> before(ProgramDocument doc) {
        int end = doc.oldestRecentRevision();
        if (doc.programId == null || end <= 1) {
            return List.of();
        }
        List<String> ids = IntStream.range(1, end).mapToObj(n -> RevisionDocument.id(doc.programId, n)).toList();
        List<ProgramDocument.Revision> archived = new ArrayList<>();
        for (RevisionDocument stored : mongoCollection().find(Filters.in("_id", ids))) {
            archived.add(stored.revision);
        }
        archived.sort(Comparator.comparingInt(r -> r.revision));
        return archived;
    }
}
