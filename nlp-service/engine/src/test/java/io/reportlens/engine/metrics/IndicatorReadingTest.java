package io.reportlens.engine.metrics;

import io.reportlens.engine.frame.FrameReader;
import io.reportlens.engine.model.Metric;
import io.reportlens.engine.model.ReportMetadata;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Indicator conventions, each on sentences written for this test. */
class IndicatorReadingTest {

    private static final ReportMetadata SUMMARY = new ReportMetadata("某县卫生健康局2023年工作总结", "某县卫生健康局", "某县",
            null, "某省", "county", "summary", 2023, null, "simplified");

    private final MetricExtractor extractor = new MetricExtractor();

    private List<Metric> metrics(String text) {
        return extractor.extract("t", text, FrameReader.frame(text, SUMMARY, List.of()));
    }

    private List<String> indicators(String text) {
        return metrics(text).stream().map(Metric::indicator).toList();
    }

    @Test
    void sharedPredicateOfACoordinatedListHoldsForEveryItem() {
        assertThat(indicators("其中3名医生、2名护士获得省级表彰。"))
                .containsExactly("医生获得省级表彰", "护士获得省级表彰");
    }

    @Test
    void elidedObjectOfARepeatedVerbIsTheOneBefore() {
        assertThat(indicators("全年免费发放营养包6200人,计划发放5000人。"))
                .containsExactly("免费发放营养包", "计划发放营养包");
    }

    @Test
    void bareVerbTakesTheNounTheFigureBeforeCounted() {
        assertThat(indicators("启动18家示范社区医院建设,验收6家。").get(1)).isEqualTo("验收示范社区医院建设");
    }

    @Test
    void moneySaysWhatItIsFor() {
        assertThat(indicators("安排资金85万元用于12个村卫生室改造。").get(0)).isEqualTo("安排资金用于村卫生室改造");
    }

    @Test
    void mannerAdverbsAreNotPartOfTheMeasure() {
        assertThat(indicators("及时处置突发事件14起,妥善安置群众320人。"))
                .containsExactly("处置突发事件", "安置群众");
    }

    @Test
    void partsAfterQiZhongAreNamedWithTheirTotal() {
        assertThat(indicators("共招聘紧缺人才40名,其中硕士12人。").get(1)).isEqualTo("招聘紧缺人才硕士");
    }

    @Test
    void parallelSubjectTakesTheRestOfThePreviousIndicator() {
        assertThat(indicators("县人民医院信息化评价等级要达到4级,乡镇中心医院要达到3级。").get(1))
                .isEqualTo("乡镇中心医院信息化评价等级");
    }

    @Test
    void institutionOwnsTheCountedNoun() {
        assertThat(indicators("县人民医院5个重点专科通过评审。")).containsExactly("重点专科通过评审");
    }

    @Test
    void frequenciesCountTheActionThatFollows() {
        assertThat(indicators("先后4次派出30名队员支援灾区。").get(0)).isEqualTo("派出队员支援灾区");
    }

    @Test
    void rankingScopeAttachesToTheRankedSubject() {
        List<String> found = indicators("县医院全国排名第300名,位居全省第9名。");
        assertThat(found.get(1)).isEqualTo("县医院全省排名");
    }

    @Test
    void clauseEndingInZhongSetsTheSceneForTheNextFigure() {
        assertThat(indicators("在全市护理技能竞赛中,县医院选手获得第2名。")).containsExactly("全市护理技能竞赛县医院选手获得排名");
    }

    @Test
    void figureAfterZaiCountsTheSetOfAComparison() {
        assertThat(indicators("门诊满意度在15个县区中排名第一。").get(0)).isEqualTo("门诊满意度县区");
    }

    @Test
    void countedNounStopsBeforeAnAverage() {
        assertThat(indicators("9个乡镇平均服务半径达到4.5公里。").get(0)).isEqualTo("乡镇");
    }

    @Test
    void attributeNounsBelongToTheFigureBefore() {
        assertThat(indicators("签约健康服务项目12个,投资金额3.5亿元。").get(1)).isEqualTo("签约健康服务项目投资金额");
    }

    @Test
    void keepsCumulativeAndDropsScopeWords() {
        assertThat(indicators("全县累计接种流感疫苗3.2万剂次。")).containsExactly("累计接种流感疫苗");
    }

    @Test
    void bareCountBeforePeopleNounOnlyAsAVerbsObject() {
        List<Metric> found = metrics("本月转来326名患者,安置1200滞留人员,派出检测车8医护人员。");
        assertThat(found).extracting(Metric::value).containsExactly(326.0, 1200.0);
    }

    @Test
    void bareNumberAfterACountableNounTakesItsMeasureWord() {
        List<Metric> found = metrics("新开工项目9,每千人口床位数5.12。");
        assertThat(found).extracting(Metric::unit).containsExactly("个", "张");
    }
}
