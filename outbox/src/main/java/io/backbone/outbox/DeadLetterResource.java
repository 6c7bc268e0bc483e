package io.backbone.outbox;

import io.backbone.support.problem.ProblemException;
import io.backbone.support.rest.QueryParams;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Internal admin API (the gateway fronts it for platform admins): what this service's consumers
 * parked on their dead-letter topics, with the reason, and a replay onto the original topic after
 * a fix, of one record (optionally corrected) or of all of them.
 */
@Path("/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class DeadLetterResource {

    @Inject
    OutboxConfig config;
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    public record Replay(@Size(max = 1_000_000) String value) {
    }

    @GET
    public List<DeadLetters.Parked> list(@QueryParam("limit") String limit) {
        int max = QueryParams.intInRange("limit", limit, 1, 1000, 100);
        List<DeadLetters.Parked> parked = new ArrayList<>();
        for (String topic : topics()) {
            parked.addAll(deadLetters().list(topic, max - parked.size()));
        }
        return parked;
    }

    @POST
    @Path("/{id}/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replayOne(@PathParam("id") String id, Replay replay) throws Exception {
        DeadLetters.Parked record = topics().stream().filter(t -> id.startsWith(t + "-")).findFirst()
                .flatMap(t -> deadLetters().find(t, id))
                .orElseThrow(() -> ProblemException.notFound("Dead letter '" + id + "'"));
        deadLetters().replay(record, replay == null ? null : replay.value());
        return Response.accepted(Map.of("replayed", List.of(id))).build();
    }

    @POST
    @Path("/replay")
    public Response replayAll() throws Exception {
        List<String> replayed = new ArrayList<>();
        for (String topic : topics()) {
            for (DeadLetters.Parked record : deadLetters().list(topic, 10_000)) {
                if (record.originTopic() != null) {
                    deadLetters().replay(record, null);
                    replayed.add(record.id());
                }
            }
        }
        return Response.accepted(Map.of("replayed", replayed)).build();
    }

    private List<String> topics() {
        return config.deadLetterTopics().orElse(List.of());
    }

    private DeadLetters deadLetters() {
        return new DeadLetters(String.valueOf(kafka.getOrDefault("bootstrap.servers", "localhost:9092")));
    }
}
