package io.backbone.progress.mapping;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(description = "A completed (or partly skipped) session, as the member's app logs it")
public record SessionRequest(
        @Schema(description = "the client's idempotency id: the same id again returns the first result and stores nothing",
                example = "2026-11-20-morning-7f3a")
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "letters, digits and . _ : - only")
        String clientSessionId,
        @Schema(description = "the programme trained on; the current one when absent") @Size(max = 100) String programId,
        @Schema(description = "its revision; the latest one when absent") @Min(1) Integer programRevision,
        @Schema(example = "2026-11-20T07:30:00Z") @NotNull Instant performedAt,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid Exercise> exercises,
        @Schema(description = "rating of perceived exertion 0-10") @NotNull @Min(0) @Max(10) Integer rpe,
        @Schema(description = "pain during the session, 0-10") @NotNull @Min(0) @Max(10) Integer painDuring,
        @Size(max = 2000) String notes) {

    @Schema(description = "one exercise: prescribed against done; done=false means skipped")
    public record Exercise(
            @NotBlank @Size(max = 100) String exerciseId,
            @NotNull Boolean done,
            @Min(0) @Max(20) Integer prescribedSets,
            @Min(0) @Max(500) Integer prescribedReps,
            @Min(0) @Max(3600) Integer prescribedHoldSeconds,
            @Min(0) @Max(20) Integer sets,
            @Min(0) @Max(500) Integer reps,
            @Min(0) @Max(3600) Integer holdSeconds,
            @Pattern(regexp = "left|right|both", message = "left, right or both") String side,
            @Schema(description = "load in kg or band level, as the member wrote it", example = "12 kg")
            @Size(max = 40) String load) {
    }
}
