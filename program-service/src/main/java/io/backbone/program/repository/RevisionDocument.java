package io.backbone.program.repository;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * One archived revision of a member's programme. Append-only: a revision is copied here only once
 * its programme document has stored it, so its content never changes, and its id is its
 * programme's id and number, so copying it twice (a crash between the copy and the programme
 * document's write that drops it) stores it once.
 */
@MongoEntity(collection = "program-revisions")
public class RevisionDocument {

    @BsonId
    public String id;
    public String gym;
    public String memberId;
    public String programId;
    public ProgramDocument.Revision revision;

    public static String id(String programId, int revision) {
        return programId + "/" + revision;
    }

    static RevisionDocument of(ProgramDocument doc, ProgramDocument.Revision revision) {
        RevisionDocument archived = new RevisionDocument();
        archived.id = id(doc.programId, revision.revision);
        archived.gym = doc.gym;
        archived.memberId = doc.memberId;
        archived.programId = doc.programId;
        archived.revision = revision;
        return archived;
    }
}
