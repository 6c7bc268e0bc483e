package io.backbone.progress.service;

import io.backbone.progress.domain.CohortAnalytics;
import io.backbone.progress.domain.CohortFilter;
import io.backbone.progress.domain.MemberProgress;
import io.backbone.progress.domain.MemberRollup;
import io.backbone.progress.domain.ProgressCalculator;
import io.backbone.progress.repository.RollupRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Member and cohort figures, from the rollups only. */
@ApplicationScoped
public class AnalyticsService {

    @Inject
    RollupRepository rollups;
    @Inject
    Clock clock;

    public MemberProgress member(String gym, String memberId) {
        List<MemberRollup> found = rollups.figures(gym, List.of(memberId));
        MemberRollup rollup = found.isEmpty() ? null : found.get(0);
        return ProgressCalculator.progress(rollup == null ? MemberRollup.empty(gym, memberId) : rollup, clock.instant());
    }

    /** Without the weekly detail: what a coach's member list shows. */
    public List<MemberProgress> members(String gym, List<String> memberIds) {
        Instant now = clock.instant();
        var found = rollups.figures(gym, memberIds);
        return memberIds.stream().map(id -> {
            MemberRollup rollup = found.stream().filter(r -> r.memberId.equals(id)).findFirst()
                    .orElseGet(() -> MemberRollup.empty(gym, id));
            MemberProgress p = ProgressCalculator.progress(rollup, now);
            return new MemberProgress(p.memberId(), p.programId(), p.track(), p.status(), p.enrolledAt(),
                    p.programStart(), p.lastSessionAt(), p.adherence(), p.pain(), p.outcomes(), p.flags(), List.of());
        }).toList();
    }

    public CohortAnalytics cohort(String gym, CohortFilter filter) {
        CohortAnalytics cohort = new CohortAnalytics(filter, clock.instant());
        for (MemberRollup rollup : rollups.ofGym(gym)) {
            cohort.accept(rollup);
        }
        return cohort;
    }
}
