package io.backbone.program.rest;

import io.backbone.program.rules.Limitation;
import io.backbone.program.rules.RedFlag;
import io.backbone.vocabulary.Coded;
import io.backbone.vocabulary.Equipment;
import io.backbone.vocabulary.Goal;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

@Path("/vocabulary")
@Produces(MediaType.APPLICATION_JSON)
public class VocabularyResource {

    public record Term(String code, String description) {
    }

    @GET
    @Operation(summary = "The codes an intake may use, with what each means; equipment also takes 'none' for bodyweight only")
    public Map<String, List<Term>> vocabulary() {
        return Map.of("redFlags", terms(RedFlag.values()), "limitations", terms(Limitation.values()),
                "goals", terms(Goal.values()), "equipment", terms(Equipment.values()));
    }

    private static List<Term> terms(Coded[] values) {
        return Arrays.stream(values).map(v -> new Term(v.code(), v.description())).toList();
    }
}
