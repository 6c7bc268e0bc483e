package io.backbone.program.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A coach's change to the programme, kept across later adaptations")
public record OverrideRequest(
        @Schema(description = "pin (adaptation leaves it alone), unpin, or swap for another exercise")
        @NotNull @Pattern(regexp = "pin|unpin|swap", message = "pin, unpin or swap") String action,
        @NotBlank @Size(max = 100) String exerciseId,
        @Schema(description = "for swap: the exercise to use instead") @Size(max = 100) String replacementId,
        @Schema(description = "why, in words the member will read") @NotBlank @Size(max = 500) String reason) {
}
