package io.backbone.progress.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.backbone.progress.config.ProgressConfig;
import io.backbone.progress.domain.CohortFilter;
import io.backbone.progress.domain.ExportRow;
import io.backbone.progress.domain.MemberRollup;
import io.backbone.progress.domain.Pseudonyms;
import io.backbone.progress.domain.SmallCells;
import io.backbone.progress.repository.RollupRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Streams a gym's member-weeks to analysts with constant memory: one rollup in memory at a time.
 * A first pass counts members per (track, enrolment month); rows of a member whose group has fewer
 * than 11 members are left out, so no row describes a group that small.
 */
@ApplicationScoped
public class ExportService {

    public enum Format { CSV, NDJSON }

    @Inject
    RollupRepository rollups;
    @Inject
    ProgressConfig config;
    @Inject
    ObjectMapper mapper;
    @Inject
    Clock clock;

    public void write(String gym, Format format, OutputStream out) throws IOException {
        Instant asOf = clock.instant();
        Map<String, Integer> groupSizes = new HashMap<>();
        for (MemberRollup member : rollups.ofGym(gym)) {
            if (member.programStartWeek() != null) {
                groupSizes.merge(group(member), 1, Integer::sum);
            }
        }
        Pseudonyms pseudonyms = new Pseudonyms(config.export().pseudonymSecret(), gym);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        if (format == Format.CSV) {
            writer.write(ExportRow.csvHeader());
            writer.write('\n');
        }
        for (MemberRollup member : rollups.ofGym(gym)) {
            if (member.programStartWeek() == null || groupSizes.getOrDefault(group(member), 0) < SmallCells.MIN_CELL) {
                continue;
            }
            for (ExportRow row : ExportRow.of(member, pseudonyms.of(member.memberId), asOf)) {
                if (format == Format.CSV) {
                    writer.write(row.csv());
                } else {
                    writer.write(mapper.writeValueAsString(row.asMap()));
                }
                writer.write('\n');
            }
        }
        writer.flush();
    }

    private static String group(MemberRollup member) {
        return CohortFilter.trackOf(member) + "|" + CohortFilter.enrolmentMonthOf(member);
    }
}
