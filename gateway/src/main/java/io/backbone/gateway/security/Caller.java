package io.backbone.gateway.security;

import io.backbone.support.problem.Problem;
import io.backbone.support.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, from the verified token only: the gym never comes from a body or a query. */
@RequestScoped
public class Caller {

    @Inject
    JsonWebToken token;

    public String gym() {
        Object gym = token.getClaim("gym");
        String value = gym == null ? null : gym.toString().replace("\"", "");
        if (value == null || value.isBlank()) {
            throw new ProblemException(Problem.of(403, "Forbidden", "The token names no gym"));
        }
        return value;
    }

    public String subject() {
        return token.getSubject();
    }
}
