package io.backbone.gateway.service;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.backbone.gateway.client.Downstream;
import io.backbone.gateway.client.ProgramClient;
import io.backbone.gateway.client.ProgressClient;
import io.backbone.gateway.config.GatewayConfig;
import io.backbone.gateway.mapping.FhirBulk;
import io.backbone.gateway.mapping.FhirRecord;
import io.backbone.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hl7.fhir.r4.model.Observation;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * FHIR for clinicians and analysts, composed from the services' internal APIs (the gateway
 * already fronts all three; no service holds the whole record): one member's record as a Bundle,
 * and the gym's pseudonymised bulk export as NDJSON files per the FHIR Bulk Data Access protocol.
 */
@ApplicationScoped
public class FhirExport {

    public static final String FHIR_JSON = "application/fhir+json";
    public static final String FHIR_NDJSON = "application/fhir+ndjson";
    private static final int PAGE = 100;
    private static final int MAX_PAGES = 100;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @Inject
    @RestClient
    ProgramClient program;
    @Inject
    @RestClient
    ProgressClient progress;
    @Inject
    Downstream downstream;
    @Inject
    ObjectMapper mapper;
    @Inject
    GatewayConfig config;
    @Inject
    Clock clock;

    private final FhirContext fhir = FhirContext.forR4Cached();

    /** One member's record; their name only when gym staff ask. */
    public String memberRecord(String gym, String memberId, boolean withName) {
        JsonNode member = body(downstream.program().read(() -> program.member(gym, memberId)));
        if (member == null) {
            throw ProblemException.notFound("Member '" + memberId + "'");
        }
        JsonNode programme = body(downstream.program().read(() -> program.program(gym, memberId)));
        JsonNode revisions = programme == null ? null : body(downstream.program().read(() -> program.revisions(gym, memberId)));
        var sources = new FhirRecord.Sources(member, programme, revisions, history(gym, memberId, "sessions"),
                history(gym, memberId, "pain-reports"), history(gym, memberId, "outcome-measures"));
        return fhir.newJsonParser().encodeResourceToString(FhirRecord.bundle(gym, sources, withName, clock.instant()));
    }

    private List<JsonNode> history(String gym, String memberId, String kind) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            String p = Integer.toString(page);
            JsonNode answer = body(downstream.progress().read(() -> progress.history(gym, memberId, kind, p, Integer.toString(PAGE))));
            if (answer == null) {
                break;
            }
            answer.path("items").forEach(items::add);
            if (items.size() >= answer.path("total").asLong() || answer.path("items").isEmpty()) {
                break;
            }
        }
        return items;
    }

    /** The answer's JSON, or null when the service says there is no such thing (404). */
    private JsonNode body(Response answer) {
        if (answer.getStatus() == 404 || answer.getStatus() == 400) {
            return null;
        }
        if (answer.getStatus() != 200) {
            throw ProblemException.badGateway("A service answered " + answer.getStatus() + " while the record was composed");
        }
        return RelayedJson.read(mapper, answer);
    }

    // ---- bulk export

    /** A kicked-off export: which gym, which types, when. Its id is signed, so any replica can serve it. */
    public record Job(String id, String gym, List<String> types, Instant requestedAt) {
    }

    public Job start(String gym, List<String> types) {
        Instant at = clock.instant();
        String claim = gym + "|" + String.join(",", types) + "|" + at.getEpochSecond();
        return new Job(B64.encodeToString(claim.getBytes(StandardCharsets.UTF_8)) + "." + sign(claim), gym, types, at);
    }

    /** The caller's job, or a 404 exactly as for a job that never existed (another gym's, expired, forged). */
    public Job job(String gym, String id) {
        String[] parts = id == null ? new String[0] : id.split("\\.", 2);
        if (parts.length == 2) {
            try {
                String claim = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
                String[] fields = claim.split("\\|");
                if (fields.length == 3 && MessageDigest.isEqual(sign(claim).getBytes(StandardCharsets.UTF_8),
                        parts[1].getBytes(StandardCharsets.UTF_8)) && fields[0].equals(gym)) {
                    Instant at = Instant.ofEpochSecond(Long.parseLong(fields[2]));
                    if (at.plus(config.fhir().jobLifetime()).isAfter(clock.instant())) {
                        return new Job(id, gym, List.of(fields[1].split(",")), at);
                    }
                }
            } catch (IllegalArgumentException unreadable) {
                // a forged or truncated id: answered as a missing one
            }
        }
        throw ProblemException.notFound("Bulk export '" + (id == null ? "" : id.length() > 40 ? id.substring(0, 40) + "…" : id) + "'");
    }

    /**
     * One type's NDJSON file, converted row by row from the pseudonymised export as it streams:
     * constant memory, whatever the gym's size. The export is opened before the answer starts, so
     * a progress-service that is away is a 503, not a broken file.
     */
    public StreamingOutput file(Job job, String type) {
        InputStream rows = downstream.progress().open(() -> progress.exportStream(job.gym(), "ndjson"), InputStream.class);
        return out -> write(job, type, rows, out);
    }

    private void write(Job job, String type, InputStream rows, OutputStream out) throws IOException {
        IParser json = fhir.newJsonParser().setPrettyPrint(false);
        try (rows; BufferedReader in = new BufferedReader(new InputStreamReader(rows, StandardCharsets.UTF_8))) {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            String previous = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = mapper.readTree(line);
                String pseudonym = row.path("member").asText();
                if (type.equals("Patient")) {
                    if (!pseudonym.equals(previous)) { // the export gives one member's weeks together
                        writer.write(json.encodeResourceToString(FhirBulk.patient(job.gym(), pseudonym)));
                        writer.write('\n');
                    }
                } else {
                    for (Observation observation : FhirBulk.observations(job.gym(), row)) {
                        writer.write(json.encodeResourceToString(observation));
                        writer.write('\n');
                    }
                }
                previous = pseudonym;
            }
            writer.flush();
        }
    }

    private String sign(String claim) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(config.fhir().jobSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return B64.encodeToString(mac.doFinal(claim.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
