package io.backbone.program.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A member to enrol in the caller's gym")
public record MemberRequest(
        @Schema(description = "how the member is shown to gym staff", example = "Alex P.")
        @NotBlank @Size(max = 80) String displayName) {
}
