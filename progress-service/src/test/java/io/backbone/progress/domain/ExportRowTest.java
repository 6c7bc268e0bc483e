package io.backbone.progress.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportRowTest {

    private static final Instant MONDAY = Instant.parse("2026-11-02T08:00:00Z");

    @Test
    void oneRowPerFinishedWeekWithTheDictionaryColumns() {
        MemberRollup m = Rollups.member("m-1", MONDAY, 3, "relief");
        m.applySession("s-1", MONDAY.plus(1, ChronoUnit.DAYS), 4, 6);
        m.applyPain("r-1", 5, MONDAY);
        m.applyOutcome("o-1", "ODI", 32.0, MONDAY);

        List<ExportRow> rows = ExportRow.of(m, "abc", MONDAY.plus(15, ChronoUnit.DAYS));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).csv()).isEqualTo("abc,relief,2026-11,2026-11-02,1,3,1,0.333,5.0,1,4.0,6.0,32.0,");
        assertThat(rows.get(1).csv()).isEqualTo("abc,relief,2026-11,2026-11-09,2,3,0,0.0,,0,,,,");
        assertThat(ExportRow.csvHeader().split(",")).hasSize(ExportRow.DICTIONARY.size());
        assertThat(rows.get(0).asMap()).containsKeys("member", "enrolment_month", "pain_mean").doesNotContainKey("memberId");
    }

    @Test
    void pseudonymsAreStablePerGymAndUnlinkableAcrossGyms() {
        Pseudonyms gymA = new Pseudonyms("a-secret-of-sixteen+", "gym-a");
        assertThat(gymA.of("m-1")).hasSize(32).isEqualTo(new Pseudonyms("a-secret-of-sixteen+", "gym-a").of("m-1"))
                .isNotEqualTo(gymA.of("m-2"))
                .isNotEqualTo(new Pseudonyms("a-secret-of-sixteen+", "gym-b").of("m-1"))
                .isNotEqualTo(new Pseudonyms("another-secret-of-16", "gym-a").of("m-1"))
                .doesNotContain("m-1");
        assertThatThrownBy(() -> new Pseudonyms("short", "gym-a")).isInstanceOf(IllegalArgumentException.class);
    }
}
