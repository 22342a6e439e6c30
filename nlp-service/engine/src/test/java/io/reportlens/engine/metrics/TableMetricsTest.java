package io.reportlens.engine.metrics;

import io.reportlens.engine.frame.FrameReader;
import io.reportlens.engine.sections.SectionParser;
import io.reportlens.engine.model.Metric;
import io.reportlens.engine.normalize.TextNormalizer;
import io.reportlens.engine.model.ReportMetadata;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/** Indicator tables in the text shapes they reach the engine in: pipe rows, one cell per line. */
class TableMetricsTest {

    private static final ReportMetadata PLAN_2024 = new ReportMetadata("某县卫生健康事业发展行动计划(2024-2027年)", "某县卫生健康局",
            "某县", null, "某省", "county", "plan", 2024, null, "simplified");
    private static final ReportMetadata SUMMARY_2023 = new ReportMetadata("某市卫生健康委2023年工作总结", "某市卫生健康委",
            "某市", null, "某省", "city", "summary", 2023, null, "simplified");
    private static final ReportMetadata PLAN_NO_YEAR = new ReportMetadata("某区健康行动实施方案", "某区卫生健康局",
            "某区", null, "某省", "district", "plan", null, null, "simplified");

    private final MetricExtractor extractor = new MetricExtractor();

    private List<Metric> read(String text, ReportMetadata report) {
        List<Metric> metrics = extractor.extract("r1", text, FrameReader.frame(text, report, new SectionParser().parse(text, report)));
        for (Metric m : metrics) assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        return metrics;
    }

    @Test
    void eachFigureOfAPlanTableIsAMetricOfItsRowColumnAndYear() {
        List<Metric> metrics = read("指标 | 单位 | 2023年 | 2025年 | 2027年\n"
                + "人均预期寿命 | 岁 | 78.6 | ≥79.3 | 80\n"
                + "孕产妇死亡率 | 1/10万 | 8.7 | <8 | ≤7.5\n", PLAN_2024);
        assertThat(metrics).extracting(Metric::indicator, Metric::value, Metric::unit, Metric::comparator, Metric::kind, Metric::year)
                .containsExactly(
                        tuple("人均预期寿命", 78.6, "岁", "=", "actual", 2023),
                        tuple("人均预期寿命", 79.3, "岁", ">=", "target", 2025),
                        tuple("人均预期寿命", 80.0, "岁", "=", "target", 2027),
                        tuple("孕产妇死亡率", 8.7, "/10万", "=", "actual", 2023),
                        tuple("孕产妇死亡率", 8.0, "/10万", "<", "target", 2025),
                        tuple("孕产妇死亡率", 7.5, "/10万", "<=", "target", 2027));
        assertThat(metrics.get(1).text()).isEqualTo("人均预期寿命 | 岁 | 78.6 | ≥79.3");
        assertThat(metrics.get(1).raw()).isEqualTo("≥79.3");
        assertThat(metrics.get(0).indicatorId()).isEqualTo("life-expectancy");
    }

    @Test
    void aStatisticsTableFlattenedOneCellALineIsReadWithTheYearsOfItsHeader() {
        String raw = "全市婴儿、孕产妇死亡情况\n项目\n\n2021\n\n2022\n\n2023\n\n婴儿死亡率(‰)\n\n2.41\n\n2.35\n\n2.18\n\n"
                + "孕产妇死亡率(1/10万)\n\n9.12\n\n8.03\n\n7.66\n";
        String text = new TextNormalizer().normalize(raw).text();
        List<Metric> found = read(text, SUMMARY_2023);
        assertThat(found).extracting(Metric::value).containsExactly(2.41, 2.35, 2.18, 9.12, 8.03, 7.66);
        assertThat(found).extracting(Metric::year).containsExactly(2021, 2022, 2023, 2021, 2022, 2023);
        assertThat(found.get(5).unit()).isEqualTo("/10万");
    }

    @Test
    void aLoneRowUnderNoHeaderIsReadByItsCells() {
        List<Metric> metrics = read("主要目标:\n孕产妇死亡率 | 1/10万 | <7\n", PLAN_2024);
        assertThat(metrics).extracting(Metric::indicator, Metric::value, Metric::unit, Metric::comparator, Metric::kind)
                .containsExactly(tuple("孕产妇死亡率", 7.0, "/10万", "<", "target"));
        assertThat(metrics.get(0).text()).isEqualTo("孕产妇死亡率 | 1/10万 | <7");
    }

    @Test
    void comparatorsAreReadFromSignsAndWordsInTheCell() {
        List<Metric> metrics = read("指标 | 目标值\n"
                + "高血压患者规范管理率(%) | ≥65\n"
                + "严重精神障碍患者规范管理率(%) | 85以上\n"
                + "二级以上医院预约诊疗率(%) | >60\n"
                + "院内感染发生率(%) | 10以下\n"
                + "县域内就诊率(%) | 90左右\n"
                + "住院患者满意度(%) | 不低于92\n", PLAN_2024);
        assertThat(metrics).extracting(Metric::value, Metric::comparator).containsExactly(
                tuple(65.0, ">="), tuple(85.0, ">="), tuple(60.0, ">"), tuple(10.0, "<="), tuple(90.0, "~"), tuple(92.0, ">="));
        assertThat(metrics).extracting(Metric::unit).containsOnly("%");
        assertThat(metrics.get(0).indicator()).isEqualTo("高血压患者规范管理率");
    }

    @Test
    void aChangeWrittenInACellIsSignedAndCellsWithoutAFigureGiveNone() {
        List<Metric> metrics = read("指标 | 单位 | 现状 | 2025年目标\n"
                + "道路交通万车死亡率 | % | 2.1 | 较2023年 下降5%\n"
                + "居民健康素养水平 | % | 28.3 | 每年提升1.5个百分点\n"
                + "婴儿死亡率 | ‰ | 3.8 | 持续下降\n"
                + "县级疾控中心标准化建设 | 个 | - | 建成\n"
                + "空气质量优良天数比例 | % | 86 | 省下达目标值\n"
                + "门诊人次 | 万人次 | 同比增长4.2% | 稳定增长\n", PLAN_2024);
        assertThat(metrics).extracting(Metric::indicator, Metric::value, Metric::unit, Metric::kind).containsExactly(
                tuple("道路交通万车死亡率", 2.1, "%", "actual"),
                tuple("道路交通万车死亡率较2023年下降", -5.0, "%", "target"),
                tuple("居民健康素养水平", 28.3, "%", "actual"),
                tuple("居民健康素养水平每年提升", 1.5, "个百分点", "target"),
                tuple("婴儿死亡率", 3.8, "‰", "actual"),
                tuple("空气质量优良天数比例", 86.0, "%", "actual"),
                tuple("门诊人次同比增长", 4.2, "%", "change"));
        assertThat(metrics.get(1).raw()).isEqualTo("5%");
        assertThat(metrics.get(0).year()).isNull();
        assertThat(metrics.get(1).year()).isEqualTo(2025);
    }

    @Test
    void theUnitComesFromTheCellTheRowTheHeaderTheIndicatorOrTheCatalog() {
        List<Metric> metrics = read("指标 | 单位 | 2025年\n"
                + "家庭医生签约服务覆盖率 | 人 | 75%\n"
                + "常住人口 | 万人 | 56.2\n"
                + "基本公共卫生服务补助资金 | 万元 | 1280.5\n"
                + "人均预期寿命(岁) | | 79.8\n"
                + "每千人口医疗卫生机构床位数 | | 6.4\n"
                + "新建村卫生室 | | 12\n", SUMMARY_2023);
        assertThat(metrics).extracting(Metric::indicator, Metric::unit).containsExactly(
                tuple("家庭医生签约服务覆盖率", "%"),
                tuple("常住人口", "人"),
                tuple("基本公共卫生服务补助资金", "元"),
                tuple("人均预期寿命", "岁"),
                tuple("每千人口医疗卫生机构床位数", "张"),
                tuple("新建村卫生室", ""));
        assertThat(metrics.get(1).value()).isCloseTo(562000, within(1e-6));
        assertThat(metrics.get(2).value()).isCloseTo(12805000, within(1e-6));
        List<Metric> percent = read("指标 | 目标值(%)\n签约居民满意度 | 95\n", PLAN_2024);
        assertThat(percent).extracting(Metric::unit).containsExactly("%");
    }

    @Test
    void aSummaryTablesYearsUpToTheReportsYearAreActuals() {
        List<Metric> metrics = read("指标 | 单位 | 2022年 | 2023年 | 2024年\n每千人口执业(助理)医师数 | 人 | 3.05 | 3.21 | 3.4\n", SUMMARY_2023);
        assertThat(metrics).extracting(Metric::kind, Metric::year).containsExactly(
                tuple("actual", 2022), tuple("actual", 2023), tuple("target", 2024));
        assertThat(metrics).extracting(Metric::indicatorId).containsOnly("physicians-per-1000");
    }

    @Test
    void aPlanTableWithoutAKnownYearHasItsEarliestColumnAsTheBase() {
        List<Metric> metrics = read("指标 | 单位 | 2020年 | 2025年 | 2030年\n人均预期寿命 | 岁 | 77.9 | 79 | 80\n", PLAN_NO_YEAR);
        assertThat(metrics).extracting(Metric::kind).containsExactly("actual", "target", "target");
    }

    @Test
    void mergedCategoryCellsAreNoIndicators() {
        List<Metric> metrics = read("领域 | 指标 | 单位 | 2025年\n"
                + "健康水平 | 人均预期寿命 | 岁 | 79.5\n"
                + "| 婴儿死亡率 | ‰ | <4.5\n"
                + "5岁以下儿童死亡率 | ‰ | <6\n", PLAN_2024);
        assertThat(metrics).extracting(Metric::indicator).containsExactly("人均预期寿命", "婴儿死亡率", "5岁以下儿童死亡率");
        assertThat(metrics.get(1).text()).isEqualTo("婴儿死亡率 | ‰ | <4.5");
    }

    @Test
    void aTableFlattenedToOneCellPerLineGivesItsRowsFigures() {
        String text = "附件\n序号 |\n指标名称 |\n单位 |\n2023年 |\n2026年 |\n责任单位 |\n"
                + "1 |\n居民健康素养水平 |\n% |\n26.4 |\n≥32 |\n县卫健局 |\n"
                + "2 |\n国家级慢性病综合防控示范区 |\n个 |\n0 |\n建成 |\n县卫健局 |\n"
                + "3 |\n结核病报告发病率 |\n/10万 |\n41.2 |\n<35 |\n县疾控中心 |\n";
        List<Metric> metrics = read(text, PLAN_2024);
        assertThat(metrics).extracting(Metric::indicator, Metric::value, Metric::unit, Metric::comparator, Metric::kind, Metric::year)
                .containsExactly(
                        tuple("居民健康素养水平", 26.4, "%", "=", "actual", 2023),
                        tuple("居民健康素养水平", 32.0, "%", ">=", "target", 2026),
                        tuple("国家级慢性病综合防控示范区", 0.0, "个", "=", "actual", 2023),
                        tuple("结核病报告发病率", 41.2, "/10万", "=", "actual", 2023),
                        tuple("结核病报告发病率", 35.0, "/10万", "<", "target", 2026));
        assertThat(metrics.get(1).text()).isEqualTo("居民健康素养水平 |\n% |\n26.4 |\n≥32");
    }

    @Test
    void aTableFlattenedToBareLinesGivesItsFiguresOnceNormalized() {
        String raw = "附表\n\n序号\n\n指标名称\n\n基期水平\n\n2026年目标值\n\n1\n\n孕产妇死亡率(1/10万)\n\n9.6\n\n<9\n\n"
                + "说明:按常住人口计算。\n\n2\n\n严重精神障碍患者规范管理率(%)\n\n2015—2020年平均90.5%\n\n≥92\n\n预期性\n\n";
        String text = new TextNormalizer().normalize(raw).text();
        assertThat(read(text, PLAN_2024)).extracting(Metric::indicator, Metric::value, Metric::unit, Metric::comparator, Metric::kind, Metric::year)
                .containsExactly(
                        tuple("孕产妇死亡率", 9.6, "/10万", "=", "actual", null),
                        tuple("孕产妇死亡率", 9.0, "/10万", "<", "target", 2026),
                        // a span of years written in a cell is no figure of it
                        tuple("严重精神障碍患者规范管理率", 90.5, "%", "=", "actual", null),
                        tuple("严重精神障碍患者规范管理率", 92.0, "%", ">=", "target", 2026));
    }

    @Test
    void textInATableIsNotReadAgainAsProseAndProseAroundItIsUntouched() {
        String before = "全县共有医疗卫生机构286个,其中乡镇卫生院18家。\n";
        String after = "\n全年完成家庭医生签约8.6万人,签约率达到62.5%。";
        String table = "指标 | 2025年目标\n家庭医生签约率 | 70%以上\n孕产妇系统管理率 | ≥90%\n";
        List<Metric> prose = read(before + after, SUMMARY_2023);
        List<Metric> both = read(before + table + after, SUMMARY_2023);
        assertThat(both).hasSize(prose.size() + 2);
        assertThat(both).filteredOn(m -> m.start() >= before.length() && m.start() < before.length() + table.length())
                .extracting(Metric::value, Metric::comparator, Metric::kind)
                .containsExactly(tuple(70.0, ">=", "target"), tuple(90.0, ">=", "target"));
        assertThat(both).filteredOn(m -> m.start() < before.length() || m.start() >= before.length() + table.length())
                .extracting(Metric::indicator, Metric::value, Metric::unit)
                .containsExactlyElementsOf(prose.stream().map(m -> tuple(m.indicator(), m.value(), m.unit())).toList());
    }

    @Test
    void barsOfNavigationOrRecordFieldsAreNoTable() {
        String text = "首页 | 政务公开 | 通知公告\n发布日期: | 2024-03-22 | 咨询电话: | 0731-4567890\n全市共建成智慧药房12家。";
        assertThat(read(text, SUMMARY_2023)).extracting(Metric::value, Metric::unit).containsExactly(tuple(12.0, "家"));
    }

    @Test
    void aChangeColumnHoldsSignedChangesInItsOwnUnit() {
        List<Metric> metrics = read("指标 | 单位 | 2023年 | 同比增长(%)\n"
                + "总诊疗人次 | 万人次 | 412.6 | 5.8\n"
                + "出院人数 | 万人 | 18.3 | -2.4\n", SUMMARY_2023);
        assertThat(metrics).extracting(Metric::indicator, Metric::value, Metric::unit, Metric::kind).containsExactly(
                tuple("总诊疗人次", 4126000.0, "人次", "actual"),
                tuple("总诊疗人次", 5.8, "%", "change"),
                tuple("出院人数", 183000.0, "人", "actual"),
                tuple("出院人数", -2.4, "%", "change"));
        assertThat(metrics.get(3).raw()).isEqualTo("-2.4");
    }

    @Test
    void aColumnOfFiguresWithoutYearOrStanceTakesTheReportsPart() {
        List<Metric> summary = read("项目 | 数值\n开展义诊活动 | 46场\n", SUMMARY_2023);
        assertThat(summary).extracting(Metric::value, Metric::unit, Metric::kind, Metric::year)
                .containsExactly(tuple(46.0, "场", "actual", 2023));
        List<Metric> plan = read("项目 | 数值\n开展义诊活动 | 50场\n", PLAN_2024);
        assertThat(plan).extracting(Metric::kind, Metric::year).containsExactly(tuple("target", 2024));
    }

    @Test
    void aTableJoinedWithSpacesGivesItsFiguresAndItsTextIsNotReadTwice() {
        String text = "指标名称 单位 2023年 2026年\n孕产妇死亡率 1/10万 9.2 <8\n每千人口注册护士数 人 3.1 3.8\n下一步,持续抓好母婴安全。";
        List<Metric> metrics = read(text, PLAN_2024);
        assertThat(metrics).extracting(Metric::indicator, Metric::value, Metric::unit, Metric::comparator, Metric::kind)
                .containsExactly(
                        tuple("孕产妇死亡率", 9.2, "/10万", "=", "actual"),
                        tuple("孕产妇死亡率", 8.0, "/10万", "<", "target"),
                        tuple("每千人口注册护士数", 3.1, "人", "=", "actual"),
                        tuple("每千人口注册护士数", 3.8, "人", "=", "target"));
        assertThat(metrics.get(1).text()).isEqualTo("孕产妇死亡率 1/10万 9.2 <8");
    }
}
