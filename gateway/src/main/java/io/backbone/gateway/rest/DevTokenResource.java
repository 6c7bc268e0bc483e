package io.backbone.gateway.rest;

import io.quarkus.arc.properties.IfBuildProperty;
import io.backbone.gateway.config.GatewayConfig;
import io.backbone.support.problem.ProblemException;
import io.smallrye.jwt.build.Jwt;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The local issuer: signs tokens with the local development key for demos, tests and scripts.
 * Not in a production build at all: {@code deploy/build-prod} builds with
 * {@code backbone.dev-issuer.included=false}, which leaves this endpoint out of the application and
 * the signing key out of the jar. In any other build it still answers 404 unless
 * {@code backbone.gateway.tokens.dev-issuer-enabled} is true, which only the local, dev and test
 * profiles set.
 */
@IfBuildProperty(name = "backbone.dev-issuer.included", stringValue = "true", enableIfMissing = true)
@Path("/dev/tokens")
public class DevTokenResource {

    private static final Set<String> ROLES = Set.of("member", "coach", "gym-admin", "analyst", "partner", "platform-admin");

    @Inject
    GatewayConfig config;

    public record TokenRequest(@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+") String sub,
                               @NotEmpty List<@NotNull String> groups,
                               @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9-]+") String gym) {
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> issue(@Valid @NotNull TokenRequest request) {
        if (!config.tokens().devIssuerEnabled()) {
            throw ProblemException.notFound("/dev/tokens");
        }
        for (String group : request.groups()) {
            if (!ROLES.contains(group)) {
                throw ProblemException.invalidField("groups", "unknown role '" + group + "'; one of " + ROLES);
            }
        }
        String token = Jwt.issuer(config.tokens().issuer())
                .audience(config.tokens().audience())
                .subject(request.sub())
                .upn(request.sub())
                .groups(new HashSet<>(request.groups()))
                .claim("gym", request.gym())
                .expiresIn(config.tokens().lifetime())
                .sign();
        return Map.of("token", token);
    }
}
