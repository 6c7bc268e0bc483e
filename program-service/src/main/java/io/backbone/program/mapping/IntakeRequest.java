package io.backbone.program.mapping;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "Intake and safety screening. Codes come from the vocabularies at GET /vocabulary.")
public record IntakeRequest(
        @Schema(description = "pain right now, 0-10") @NotNull @Min(0) @Max(10) Integer painNow,
        @Schema(description = "how long this episode has lasted, in weeks (acute < 6, chronic > 12)")
        @NotNull @Min(0) @Max(2600) Integer durationWeeks,
        @Schema(description = "red-flag codes, empty when none", example = "[]") @NotNull @Size(max = 20) List<String> redFlags,
        @Schema(description = "limitation codes", example = "[\"cannot-kneel\"]") @Size(max = 20) List<String> limitations,
        @Schema(description = "equipment codes; 'none' for nothing", example = "[\"band\"]") @Size(max = 20) List<String> equipment,
        @Schema(description = "minutes available per session") @NotNull @Min(5) @Max(120) Integer minutesPerSession,
        @NotNull @Min(1) @Max(7) Integer sessionsPerWeek,
        @Schema(description = "relief, prevention or back-to-training") @NotNull String goal) {
}
