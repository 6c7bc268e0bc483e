package io.backbone.progress.mapping;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "A 0-10 numeric pain rating")
public record PainReportRequest(
        @Schema(description = "optional idempotency id: the same id again returns the first report")
        @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "letters, digits and . _ : - only")
        String clientReportId,
        @NotNull @Min(0) @Max(10) Integer rating,
        @Schema(description = "morning, after-session or during-day")
        @NotNull @Pattern(regexp = "morning|after-session|during-day", message = "morning, after-session or during-day")
        String context,
        @Schema(example = "lower back, left side") @Size(max = 100) String location,
        @Schema(description = "when the pain was felt; default: when the report is received")
        Instant reportedAt) {
}
