package io.reportlens.query.service;

import io.reportlens.query.model.SeriesPoint;
import io.reportlens.query.model.TargetInfo;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FollowThroughTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private static SeriesPoint actual(int year, double value, String unit, String reportId) {
        return new SeriesPoint(year, "actual", value, null, unit, "=", "孕产妇死亡率", reportId, "m-" + reportId, "…");
    }

    @Test
    void theEarliestActualFigureFromTheDeadlineYearOnDecides() {
        TargetInfo atLeast = new TargetInfo("t", "家庭医生签约率", 75, null, "%", ">=");
        List<SeriesPoint> points = List.of(actual(2023, 80, "%", "r2023"), actual(2024, 74, "%", "r2024"),
                actual(2025, 79, "%", "r2025"));
        FollowThrough.Verdict verdict = FollowThrough.judge("plan", "达到", "2024-12-31", atLeast, points, TODAY);
        assertThat(verdict.status()).isEqualTo(FollowThrough.NOT_MET);
        assertThat(verdict.evidence().reportId()).isEqualTo("r2024");
    }

    @Test
    void aReductionTargetIsMetByAFigureAtOrBelowIt() {
        TargetInfo reduce = new TargetInfo("t", "孕产妇死亡率", 10, null, "/10万", "=");
        List<SeriesPoint> points = List.of(actual(2024, 9.2, "/10万", "r2024"));
        assertThat(FollowThrough.judge("plan", "降至", "2024-12-31", reduce, points, TODAY).status())
                .isEqualTo(FollowThrough.MET);
        assertThat(FollowThrough.judge("plan", "达到", "2024-12-31", reduce, points, TODAY).status())
                .isEqualTo(FollowThrough.NOT_MET);
    }

    @Test
    void withoutAFigurePendingBeforeTheDeadlineNoEvidenceAfter() {
        TargetInfo target = new TargetInfo("t", "床位", 5, null, "张", ">=");
        List<SeriesPoint> otherUnitOrOwnReport = List.of(actual(2025, 6, "%", "r2025"), actual(2025, 6, "张", "plan"));
        assertThat(FollowThrough.judge("plan", "保持", "2025-12-31", target, otherUnitOrOwnReport, TODAY).status())
                .isEqualTo(FollowThrough.PENDING);
        assertThat(FollowThrough.judge("plan", "保持", "2024-12-31", target, List.of(), TODAY).status())
                .isEqualTo(FollowThrough.NO_EVIDENCE);
    }
}
