package io.reportlens.engine.read;

import io.reportlens.engine.ReportExtractor;
import io.reportlens.engine.model.ExtractionResult;
import io.reportlens.engine.model.Metric;
import io.reportlens.engine.model.SourceHints;
import io.reportlens.engine.normalize.TextNormalizer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static io.reportlens.engine.read.DocumentFixtures.MERGED_LEFT;
import static io.reportlens.engine.read.DocumentFixtures.MERGED_UP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The readers keep a table's structure (one line per row, cells parted by |), and its figures come out as metrics. */
class TableReadingTest {

    private final DocumentReader reader = new DocumentReader();
    private final TextNormalizer normalizer = new TextNormalizer();
    private final ReportExtractor engine = new ReportExtractor();

    private String normalized(byte[] bytes) throws UnreadableDocumentException {
        return normalizer.normalize(reader.read(new SourceDocument(bytes, null, null)).text()).text();
    }

    private List<Metric> metrics(byte[] bytes) throws UnreadableDocumentException {
        ExtractionResult result = engine.extract(new SourceDocument(bytes, null, null), SourceHints.none());
        for (Metric m : result.metrics()) assertThat(result.text().substring(m.start(), m.end())).isEqualTo(m.text());
        return result.metrics();
    }

    private static byte[] htmlFixture() throws IOException {
        try (InputStream in = TableReadingTest.class.getResourceAsStream("/io/reportlens/engine/read/indicator-table.html")) {
            return in.readAllBytes();
        }
    }

    @Test
    void anHtmlTableIsReadAsPipeRowsWithMergedCellsRepeated() throws Exception {
        String text = normalized(htmlFixture());
        assertThat(text).contains(
                "领域 | 序号 | 指标名称 | 单位 | 基期值 | 目标值 | 目标值 | 指标属性\n"
                        + "领域 | 序号 | 指标名称 | 单位 | 2020年 | 2025年 | 2030年 | 指标属性\n"
                        + "健康水平 | 1 | 人均预期寿命 | 岁 | 78.3 | ≥79.5 | 80 | 预期性\n"
                        + "健康水平 | 2 | 孕产妇死亡率 | 1/10万 | 9.8 | <8 | <7 | 预期性\n",
                "健康服务 | 5 | 个人卫生支出占卫生总费用的比重 | % | 27.1 | 较2020年 下降2个百分点 | 25左右 | 约束性\n"
                        + "注:基期值为2020年卫生健康统计数据。 |\n"
                        + "各县(市、区)要结合实际");
    }

    @Test
    void anHtmlTablesFiguresAreMetricsAndTheProseAroundItIsReadAsBefore() throws Exception {
        List<Metric> metrics = metrics(htmlFixture());
        assertThat(metrics).extracting(Metric::indicator, Metric::value, Metric::unit, Metric::comparator, Metric::kind, Metric::year)
                .contains(
                        tuple("人均预期寿命", 78.3, "岁", "=", "actual", 2020),
                        tuple("人均预期寿命", 79.5, "岁", ">=", "target", 2025),
                        tuple("人均预期寿命", 80.0, "岁", "=", "target", 2030),
                        tuple("孕产妇死亡率", 8.0, "/10万", "<", "target", 2025),
                        tuple("婴儿死亡率", 3.5, "‰", "<=", "target", 2025),
                        tuple("每千人口执业(助理)医师数", 2.9, "人", "=", "actual", 2020),
                        tuple("个人卫生支出占卫生总费用的比重较2020年下降", -2.0, "个百分点", "=", "target", 2025),
                        tuple("个人卫生支出占卫生总费用的比重", 25.0, "%", "~", "target", 2030));
        assertThat(metrics).filteredOn(m -> m.text().contains(" | ")).hasSize(14);
        assertThat(metrics).extracting(Metric::value, Metric::unit).contains(tuple(1530.0, "个"), tuple(9.0, "家"));
        assertThat(metrics).filteredOn(m -> m.indicator().contains("健康水平") || m.indicator().contains("领域")).isEmpty();
    }

    @Test
    void aDocxTableKeepsItsRowsAndMergedCells() throws Exception {
        byte[] docx = DocumentFixtures.docx("某县卫生健康局2023年工作总结\n一、主要指标完成情况", new String[][]{
                {"类别", "指标", "单位", "2022年", "2023年", "2024年目标"},
                {"医疗资源", "每千常住人口床位数", "张", "6.1", "6.3", "6.5"},
                {MERGED_UP, "每万人口全科医生数", "人", "3.2", "3.5", "≥3.9"},
                {"公共卫生", "适龄儿童免疫规划疫苗接种率", "%", "98.5", "98.9", ">95"},
                {MERGED_UP, "严重精神障碍患者规范管理率", "%", "91", "92.4", "不低于90%"},
                {"数据来源:县卫生健康统计年报", MERGED_LEFT, MERGED_LEFT, MERGED_LEFT, MERGED_LEFT, MERGED_LEFT},
        }, "二、2024年工作打算\n继续做好基本公共卫生服务。");
        String text = normalized(docx);
        assertThat(text).contains("类别 | 指标 | 单位 | 2022年 | 2023年 | 2024年目标\n"
                + "医疗资源 | 每千常住人口床位数 | 张 | 6.1 | 6.3 | 6.5\n"
                + "医疗资源 | 每万人口全科医生数 | 人 | 3.2 | 3.5 | ≥3.9\n"
                + "公共卫生 | 适龄儿童免疫规划疫苗接种率 | % | 98.5 | 98.9 | >95\n"
                + "公共卫生 | 严重精神障碍患者规范管理率 | % | 91 | 92.4 | 不低于90%\n"
                + "数据来源:县卫生健康统计年报 |\n");
        List<Metric> metrics = metrics(docx);
        assertThat(metrics).extracting(Metric::indicator, Metric::value, Metric::comparator, Metric::kind, Metric::year).contains(
                tuple("每千常住人口床位数", 6.1, "=", "actual", 2022),
                tuple("每千常住人口床位数", 6.3, "=", "actual", 2023),
                tuple("每千常住人口床位数", 6.5, "=", "target", 2024),
                tuple("每万人口全科医生数", 3.9, ">=", "target", 2024),
                tuple("适龄儿童免疫规划疫苗接种率", 95.0, ">", "target", 2024),
                tuple("严重精神障碍患者规范管理率", 90.0, ">=", "target", 2024));
        assertThat(metrics).filteredOn(m -> m.text().contains(" | ")).hasSize(12);
        assertThat(metrics).filteredOn(m -> m.indicator().equals("每千常住人口床位数")).extracting(Metric::indicatorId)
                .containsOnly("beds-per-1000");
    }

    @Test
    void aPdfTablesColumnsAreToldFromWordSpacesByTheirGaps() throws Exception {
        byte[] pdf = DocumentFixtures.pdfTable("某区卫生健康事业发展规划(2021-2025年)", new String[][]{
                {"指标", "单位", "现状值", "目标值"},
                {"人均预期寿命", "岁", "78.1", "≥79"},
                {"孕产妇死亡率", "1/10万", "8.2", "<7"},
        });
        String text = normalized(pdf);
        assertThat(text).isEqualTo("某区卫生健康事业发展规划(2021-2025年)\n"
                + "指标 | 单位 | 现状值 | 目标值\n人均预期寿命 | 岁 | 78.1 | ≥79\n孕产妇死亡率 | 1/10万 | 8.2 | <7");
        assertThat(metrics(pdf)).extracting(Metric::indicator, Metric::value, Metric::unit, Metric::comparator, Metric::kind)
                .containsExactly(
                        tuple("人均预期寿命", 78.1, "岁", "=", "actual"),
                        tuple("人均预期寿命", 79.0, "岁", ">=", "target"),
                        tuple("孕产妇死亡率", 8.2, "/10万", "=", "actual"),
                        tuple("孕产妇死亡率", 7.0, "/10万", "<", "target"));
    }
}
