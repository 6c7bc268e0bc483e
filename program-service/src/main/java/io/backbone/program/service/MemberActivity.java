package io.backbone.program.service;

import io.backbone.program.rules.Adaptation;
import io.backbone.program.rules.Catalog;
import io.backbone.program.rules.ProgramState;

import java.util.function.BiFunction;

/**
 * One session-completed or pain-reported event to adapt a programme to, with where it was read
 * (its partition and offset mark it applied), the id of the session or pain report it tells of,
 * and the rule step it asks for.
 */
public record MemberActivity(String gym, String memberId, String eventId, int partition, long offset, boolean session,
                             String loggedId,
                             BiFunction<ProgramState, Catalog, Adaptation> step) {

    /** An activity that could not be applied, and why: it is the event's fault, not the infrastructure's. */
    public record Unapplied(MemberActivity activity, RuntimeException failure) {
    }
}
