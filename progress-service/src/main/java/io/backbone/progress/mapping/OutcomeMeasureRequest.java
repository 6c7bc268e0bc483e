package io.backbone.progress.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "An outcome questionnaire; the service scores it")
public record OutcomeMeasureRequest(
        @Schema(description = "optional idempotency id") @Size(max = 100)
        @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "letters, digits and . _ : - only") String clientMeasureId,
        @Schema(description = "ODI (Oswestry) or RMDQ (Roland-Morris)")
        @NotNull @Pattern(regexp = "ODI|RMDQ", message = "ODI or RMDQ") String instrument,
        @Schema(description = "ODI: ten section scores 0-5, null where unanswered (at least 8 answered); RMDQ: 24 booleans",
                example = "[2, 1, 3, 2, null, 1, 2, 0, 1, 2]")
        @NotNull JsonNode answers,
        @Schema(description = "when the questionnaire was filled in; default: when it is received")
        Instant completedAt) {
}
