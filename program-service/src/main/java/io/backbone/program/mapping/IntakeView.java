package io.backbone.program.mapping;

import java.util.List;

public record IntakeView(IntakeRequest intake, Screening screening) {

    public record Screening(boolean referred, boolean urgent, List<ProgramView.Code> redFlags, String advice) {
    }
}
