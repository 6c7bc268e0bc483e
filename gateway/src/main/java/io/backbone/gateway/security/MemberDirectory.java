package io.backbone.gateway.security;

import io.backbone.gateway.client.ProgramCalls;
import io.backbone.gateway.client.ProgramClient;
import io.backbone.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.backbone.gateway.client.Relayed;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers "is this a member of the caller's gym?" before a call reaches progress-service, which
 * keys data by member id and does not know who exists. Members are never deleted, so a yes is
 * remembered (a bounded set); a no is always asked again.
 */
@ApplicationScoped
public class MemberDirectory {

    private static final int REMEMBERED = 50_000;

    @Inject
    @RestClient
    ProgramClient program;
    @Inject
    ProgramCalls calls;

    private final Map<String, Boolean> known = new ConcurrentHashMap<>();

    public void requireMember(String gym, String memberId) {
        String key = gym + "/" + memberId;
        if (known.containsKey(key)) {
            return;
        }
        Response response = calls.read(() -> program.member(gym, memberId));
        int status = response.getStatus();
        if (status == 404 || status == 400) {
            throw ProblemException.notFound("Member '" + memberId + "'");
        }
        if (status != 200) {
            throw new Relayed(response);
        }
        if (known.size() >= REMEMBERED) {
            known.clear();
        }
        known.put(key, Boolean.TRUE);
    }
}
