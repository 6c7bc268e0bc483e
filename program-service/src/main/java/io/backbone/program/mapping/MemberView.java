package io.backbone.program.mapping;

import io.backbone.program.repository.MemberDocument;

import java.time.Instant;

public record MemberView(String id, String gym, String displayName, Instant enrolledAt) {

    public static MemberView of(MemberDocument doc) {
        return new MemberView(doc.id, doc.gym, doc.displayName, doc.enrolledAt);
    }
}
