package io.backbone.gateway.security;

import io.backbone.support.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;

/** Who is calling, from the verified token only: the gym never comes from a body or a query. */
@RequestScoped
public class Caller {

    private static final Set<String> STAFF = Set.of(Roles.COACH, Roles.GYM_ADMIN);

    @Inject
    JsonWebToken token;

    public String gym() {
        Object gym = token.getClaim("gym");
        String value = gym == null ? null : gym.toString().replace("\"", "");
        if (value == null || value.isBlank()) {
            throw ProblemException.forbidden("The token names no gym");
        }
        return value;
    }

    public String subject() {
        return token.getSubject();
    }

    public boolean isStaff() {
        return token.getGroups().stream().anyMatch(STAFF::contains);
    }

    public boolean isPartner() {
        return token.getGroups().contains(Roles.PARTNER);
    }

    /**
     * Gym staff may act on any member of their gym; a member only on themselves. Another member
     * answers 404, exactly as a member that does not exist.
     */
    public void mayActOn(String memberId, boolean partnerAllowed) {
        if (isStaff() || partnerAllowed && isPartner()) {
            return;
        }
        if (token.getGroups().contains(Roles.MEMBER) && memberId != null && memberId.equals(subject())) {
            return;
        }
        throw ProblemException.notFound("Member '" + memberId + "'");
    }
}
