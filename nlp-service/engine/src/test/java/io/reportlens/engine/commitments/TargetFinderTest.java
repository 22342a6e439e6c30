package io.reportlens.engine.commitments;

import io.reportlens.engine.frame.FrameReader;
import io.reportlens.engine.frame.ReportFrame;
import io.reportlens.engine.metrics.MetricExtractor;
import io.reportlens.engine.model.Metric;
import io.reportlens.engine.model.ReportMetadata;
import io.reportlens.engine.text.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The targets of a sentence, read from the metric stage's figures, on sentences written for this test. */
class TargetFinderTest {

    private static final ReportMetadata PLAN = new ReportMetadata("某县卫生健康事业发展2025年工作要点", "某县卫生健康局", "某县",
            null, "某省", "county", "plan", 2025, null, "simplified");

    private static String read(String sentence) {
        ReportFrame frame = FrameReader.frame(sentence, PLAN, List.of());
        List<Metric> metrics = new MetricExtractor().extract("t", sentence, frame);
        Sentence whole = frame.sentences().get(0);
        return new TargetFinder(metrics).find(sentence, whole).stream()
                .map(f -> f.target().value() + (f.target().valueHigh() == null ? "" : "-" + f.target().valueHigh())
                        + f.target().unit() + f.target().comparator())
                .toList().toString();
    }

    @Test
    void readsFiguresWithTheirUnitsScalesRangesAndComparators() {
        assertThat(read("年内新增普惠托位1500个")).isEqualTo("[1500.0个=]");
        assertThat(read("全年开展巡诊服务20万人次以上")).isEqualTo("[200000.0人次>=]");
        assertThat(read("确保剖宫产率降至35%以下")).isEqualTo("[35.0%<=]");
        assertThat(read("确保婴儿死亡率降至3‰以下")).isEqualTo("[3.0‰<=]");
        assertThat(read("建成2-3个县域医疗服务次中心")).isEqualTo("[2.0-3.0个=]");
        assertThat(read("孕产妇死亡率控制在10/10万以下")).isEqualTo("[10.0/10万<=]");
    }

    @Test
    void eachTargetNamesTheMetricItCameFrom() {
        ReportFrame frame = FrameReader.frame("年内新增普惠托位1500个。", PLAN, List.of());
        List<Metric> metrics = new MetricExtractor().extract("t", "年内新增普惠托位1500个。", frame);
        assertThat(new TargetFinder(metrics).find("年内新增普惠托位1500个。", frame.sentences().get(0)))
                .extracting(f -> f.target().metricId()).containsExactly(metrics.get(0).id());
    }

    @Test
    void skipsPlanNamesYearsAndResultsAlreadyReached() {
        assertThat(read("认真落实《健康县城建设行动计划(2021-2025年)》")).isEqualTo("[]");
        assertThat(read("已组建了12个健康宣讲团,今年继续开展宣讲")).isEqualTo("[]");
    }
}
