package io.backbone.gateway.security;

import io.backbone.gateway.client.Downstream;
import io.backbone.gateway.client.ProgramClient;
import io.backbone.support.problem.ProblemException;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Answers "is this a member of the caller's gym?" before a call reaches progress-service, which
 * keys data by member id and does not know who exists. A yes is cached (Quarkus Cache: bounded,
 * expiring, see application.properties); a no is an exception, never cached, so it is asked again.
 */
@ApplicationScoped
public class MemberDirectory {

    static final String CACHE = "member-directory";

    @Inject
    @RestClient
    ProgramClient program;
    @Inject
    Downstream downstream;

    /**
     * @return true, always: a member that is not the gym's is a 404 problem
     */
    @CacheResult(cacheName = CACHE)
    public boolean requireMember(String gym, String memberId) {
        int status = downstream.program().read(() -> program.member(gym, memberId)).getStatus();
        if (status == 404 || status == 400) {
            throw ProblemException.notFound("Member '" + memberId + "'");
        }
        if (status != 200) {
            throw ProblemException.badGateway("program-service answered " + status + " to a member look-up");
        }
        return true;
    }
}
