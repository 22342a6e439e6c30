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
    void aCountedItemEndsWhereTheNextItemIsCountedByItsOwnFigure() {
        assertThat(indicators("全年选派523名医疗队员、8辆移动核酸检测车支援兄弟县。"))
                .as("a verb inside the last item's noun is no shared predicate").first().asString()
                .contains("医疗队员").doesNotContain("检测车");
        assertThat(indicators("组织6批医疗队、402名医疗队员及救灾物资几万件驰援灾区。"))
                .as("a vague 几万 is no figure").hasSize(2).last().asString().isEqualTo("医疗队员");
        assertThat(indicators("推进新建2家县级中医院和各乡镇新建1所卫生院,加快建设工作。")).first().asString()
                .doesNotContain("新建1所");
    }

    @Test
    void aGroupNamedBareAfterAMeasureTakesTheMeasure() {
        assertThat(indicators("2023年全市婴儿死亡率为3.05‰,城市2.71‰,农村3.38‰。"))
                .containsExactly("婴儿死亡率", "城市婴儿死亡率", "农村婴儿死亡率");
        assertThat(indicators("全市新建村卫生室12个,城区3个。")).as("a count is broken down the same way")
                .last().asString().startsWith("城区").contains("村卫生室");
        assertThat(indicators("全市婴儿死亡率为3.05‰,城区新建村卫生室3个。")).as("a figure of another unit is no part of it")
                .last().asString().doesNotContain("婴儿死亡率");
    }

    @Test
    void theLongestVerbOfChangeGoesWholeFromTheEnd() {
        assertThat(indicators("到2025年,全县居民健康素养水平提升至36.5%。")).containsExactly("居民健康素养水平");
    }

    @Test
    void aPlaceTakenOutOfARateLeavesNoParticleAndTheAdverbsGo() {
        assertThat(indicators("某县的参合率已经达到了91%,另一县达到了85%。")).first().isEqualTo("参合率");
    }

    @Test
    void aListOfNamesWithoutFiguresIsCountedTogether() {
        assertThat(indicators("今年新建村卫生室、社区健康驿站18个。"))
                .singleElement().asString().contains("村卫生室、社区健康驿站");
        // items led by a verb are tasks of their own: only the last is counted
        assertThat(indicators("今年开展义诊、发放宣传资料3000份。"))
                .singleElement().asString().doesNotContain("义诊");
    }

    @Test
    void aCountedNounIsReadWithWhatItDidToTheItemsEnd() {
        assertThat(indicators("全县共有356名符合救助条件的困难群众享受门诊医疗救助。"))
                .singleElement().asString().endsWith("享受门诊医疗救助");
    }

    @Test
    void aFigureAfterAPrepositionIsItsObject() {
        assertThat(indicators("县卫健局同 12个乡镇签订了健康扶贫责任书。"))
                .singleElement().asString().contains("乡镇签订了健康扶贫责任书");
        // 应对 is a verb, not the preposition 对: it stays in the indicator
        assertThat(indicators("全年妥善应对3起突发公共卫生事件。")).singleElement().asString().contains("应对突发公共卫生事件");
    }

    @Test
    void aClauseWithoutItsOwnSubjectContinuesTheTopicBefore() {
        assertThat(indicators("基层医疗卫生机构门诊量持续增长,累计达356.2万人次。"))
                .singleElement().isEqualTo("基层医疗卫生机构门诊量");
    }

    @Test
    void aBareServiceAfterAPopulationIsThatPopulationsService() {
        assertThat(indicators("辖区0-6岁儿童3200人,健康管理2980人,健康管理率93.1%。"))
                .containsExactly("0-6岁儿童", "0-6岁儿童健康管理", "0-6岁儿童健康管理率");
        // a named measure stands alone
        assertThat(indicators("辖区0-6岁儿童3200人,家庭医生签约人数1800人。").get(1)).isEqualTo("家庭医生签约人数");
    }

    @Test
    void partsAfterIncludingAreNamedWithoutIt() {
        assertThat(indicators("全县村卫生室共有126个,包括中心村卫生室40个、一般村卫生室86个。"))
                .containsExactly("村卫生室", "中心村卫生室", "一般村卫生室");
    }

    @Test
    void aPartNamedByAnInstitutionHasTheTotalsMeasure() {
        assertThat(indicators("全县医院病床使用率81.2%,其中,公立医院84.5%。"))
                .containsExactly("医院病床使用率", "公立医院病床使用率");
        // a count of institutions stays a count of them
        assertThat(indicators("全县医疗卫生机构共有312个,其中公立医院5个。").get(1)).isEqualTo("公立医院");
    }

    @Test
    void examplesBeforeDengGiveWayToTheirCategory() {
        assertThat(indicators("全年在健康报、人民网、学习强国等主流媒体发稿46篇。")).singleElement().asString()
                .doesNotContain("人民网").contains("主流媒体发稿");
    }

    @Test
    void namesListedRightBeforeACountAreTheItemsCounted() {
        assertThat(indicators("今年新建了东城、南湖两个社区卫生服务中心。")).containsExactly("新建社区卫生服务中心");
    }

    @Test
    void aCountRestatingHowManyItemsTheListNamedIsItsLabel() {
        assertThat(metrics("围绕提质扩容、急救提速、家医签约三个突破口,新增家庭医生团队12个。")).extracting(Metric::value)
                .containsExactly(12.0);
        assertThat(metrics("严守“质量关、安全关、价格关”三个关口。")).isEmpty();
        assertThat(metrics("推进县人民医院、县中医院2个医共体建设。")).extracting(Metric::value).containsExactly(2.0);
        assertThat(metrics("急救车辆半小时内可调度、危重病人2小时内可转运。")).extracting(Metric::value).contains(2.0);
        // a list closed by 等 names examples; a count that differs from the names listed is a figure
        assertThat(metrics("全年在健康报、人民网等2家媒体发稿。")).isNotEmpty();
        assertThat(metrics("扶持甲镇、乙镇建成5个村卫生室。")).extracting(Metric::value).containsExactly(5.0);
    }

    @Test
    void fundsObtainedFromAboveAreNoAim() {
        assertThat(metrics("全年向上争取资金、项目等合计1.4亿元。")).singleElement()
                .extracting(Metric::kind).isEqualTo("actual");
        assertThat(metrics("明年力争向上争取资金2亿元。")).singleElement().extracting(Metric::kind).isEqualTo("target");
    }

    @Test
    void aChangeRestatedInBracketsAsARateIsTheSameChange() {
        List<Metric> found = metrics("全县卫生技术人员5120人,比上年增加213人(增长4.3%)。");
        assertThat(found.get(2).indicator()).isEqualTo("卫生技术人员增长");
        assertThat(found.get(2).kind()).isEqualTo("change");
    }

    @Test
    void aVerbWrittenOnceGovernsTheBareNounsAfterIt() {
        assertThat(indicators("全年出动监督车辆58台次,监督员130人次,检查学校46所。"))
                .containsExactly("出动监督车辆", "出动监督员", "检查学校");
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
    void aVerbOfHoldingTakesTheCountedNounAfterTheFigure() {
        assertThat(indicators("全区下辖12个镇(街道)卫生院。").get(0)).as("the scope word 全区 is dropped").isEqualTo("下辖镇(街道)卫生院");
        assertThat(indicators("市卫健委管辖5家直属医院。").get(0)).endsWith("管辖直属医院");
        assertThat(indicators("县卫健局下辖12个乡、镇、场卫生院。").get(0)).as("one-character items name one thing")
                .endsWith("下辖乡、镇、场卫生院");
    }

    @Test
    void aTimeLimitBeforeTheIndicatorIsNotPartOfIt() {
        assertThat(indicators("9月底前60岁以上老年人加强免疫接种率达到85%。").get(0)).isEqualTo("60岁以上老年人加强免疫接种率");
        assertThat(indicators("2025年底前乡镇卫生院中医馆覆盖率达到100%。").get(0)).isEqualTo("乡镇卫生院中医馆覆盖率");
        assertThat(indicators("从2022年3月起家庭医生签约服务人数累计4.2万人。").get(0)).isEqualTo("家庭医生签约服务人数");
        assertThat(indicators("1-9月门诊人次12.6万人次。").get(0)).isEqualTo("门诊人次");
        // an age in months is part of what is measured
        assertThat(indicators("0-6月龄婴儿母乳喂养人数312人。").get(0)).isEqualTo("0-6月龄婴儿母乳喂养人数");
    }

    @Test
    void aVerbOfReachingAfterTheIndicatorGoesWhole() {
        assertThat(indicators("新生儿死亡率下降至2.1‰。").get(0)).isEqualTo("新生儿死亡率");
        assertThat(indicators("门诊均次费用增长到186元。").get(0)).isEqualTo("门诊均次费用");
    }

    @Test
    void aWordThatBeginsWithZaiKeepsIt() {
        assertThat(indicators("全县共有乡镇卫生院5所,有在职职工320人。").get(1)).endsWith("在职职工");
    }

    @Test
    void aRateNamedByTheMeasureJustCountedIsThatSubjectsRate() {
        assertThat(indicators("糖尿病患者规范管理1.2万人,规范管理率68.3%。"))
                .containsExactly("糖尿病患者规范管理", "糖尿病患者规范管理率");
        assertThat(indicators("孕产妇系统管理3200人,住院分娩率100%。").get(1)).isEqualTo("住院分娩率");
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

    @Test
    void respectiveListsGoFigureByFigureSharingHeadAndQualifier() {
        assertThat(indicators("新生儿、婴儿和5岁以下儿童死亡率分别降至2.5‰、4.0‰和5.5‰。"))
                .containsExactly("新生儿死亡率", "婴儿死亡率", "5岁以下儿童死亡率");
        assertThat(indicators("全县每千常住人口执业医师数、注册护士数分别为2.9人、3.6人。"))
                .containsExactly("每千常住人口执业医师数", "每千常住人口注册护士数");
    }

    @Test
    void fromToListsPairStartingAndFinalFigures() {
        List<Metric> found = metrics("孕产妇死亡率和婴儿死亡率由16.2/10万、6.1‰降至9.8/10万、3.2‰。");
        assertThat(found).extracting(Metric::indicator).containsExactly("孕产妇死亡率", "婴儿死亡率");
        assertThat(found).extracting(Metric::value).containsExactly(9.8, 3.2);
        assertThat(found).extracting(Metric::baseline).containsExactly(16.2, 6.1);
    }

    @Test
    void aFromToStatementMayNameTheYearsOfItsFigures() {
        Metric m = metrics("居民健康素养水平由2018年9.6%提升到2023年24.3%。").get(0);
        assertThat(m.indicator()).isEqualTo("居民健康素养水平");
        assertThat(m.value()).isEqualTo(24.3);
        assertThat(m.baseline()).isEqualTo(9.6);
    }

    @Test
    void singleCharactersInARowAndAListInParenthesesNameOneThing() {
        assertThat(indicators("全年获得国、省、市荣誉15项。").get(0)).isEqualTo("获得国、省、市荣誉");
        assertThat(indicators("全县有党员、志愿者、社区工作者共3200人参与。").get(0)).contains("党员、志愿者、社区工作者");
        assertThat(indicators("建成村卫生室20个、乡镇卫生院共5个。").get(1)).as("a list of figures")
                .endsWith("乡镇卫生院").doesNotContain("村卫生室");
    }

    @Test
    void aVerbOfHavingIsNoPartOfWhatIsCounted() {
        assertThat(indicators("每个乡镇具有2名全科医生。").get(0)).doesNotEndWith("具").doesNotEndWith("有");
    }

    @Test
    void anEnumerationClosedByDengIsCountedTogether() {
        assertThat(indicators("近三年全县争取资金、项目等合计5600万元。").get(0)).contains("资金、项目");
        assertThat(indicators("全县有二级甲等医院2家、乡镇卫生院18家。")).containsExactly("二级甲等医院", "乡镇卫生院");
        assertThat(indicators("甲县、乙县等县域住院率达到90%。").get(0)).as("a list that qualifies the noun after 等").doesNotContain("甲县");
    }

    @Test
    void aFromToStatementMayNameTheDaysOrABoundOfItsFigures() {
        Metric daily = metrics("方舱医院床位使用率从12月8日的56.3%降至11日的32.3%。").get(0);
        assertThat(daily.indicator()).isEqualTo("方舱医院床位使用率");
        assertThat(daily.value()).isEqualTo(32.3);
        assertThat(daily.baseline()).isEqualTo(56.3);
        List<Metric> bounded = metrics("婴儿死亡率从2015年的5.28‰降到2030年的≤5‰。");
        assertThat(bounded).hasSize(1);
        assertThat(bounded.get(0).baseline()).isEqualTo(5.28);
        Metric now = metrics("全县孕产妇系统管理率由2015年的82.4%提高到目前的95.1%。").get(0);
        assertThat(now.indicator()).isEqualTo("孕产妇系统管理率");
        assertThat(now.baseline()).isEqualTo(82.4);
    }

    @Test
    void aBaselineToldAsWhatItWasIsNoPartOfTheIndicator() {
        Metric m = metrics("房屋面积由原来的15566平方米提高到26058平方米。").get(0);
        assertThat(m.indicator()).isEqualTo("房屋面积");
        assertThat(m.value()).isEqualTo(26058.0);
        assertThat(m.baseline()).isEqualTo(15566.0);
    }

    @Test
    void aComparisonWithTheSamePeriodIsAChangeOfTheSubjectBefore() {
        assertThat(indicators("全县门诊量42.3万人次,比2022年同期增加3.1万人次。").get(1)).isEqualTo("门诊量同比增加");
    }

    @Test
    void aChangeAgainstANamedTimeKeepsItInItsName() {
        assertThat(indicators("全区共有村卫生室86个,比上年增加4个。").get(1)).isEqualTo("村卫生室比上年增加");
        assertThat(indicators("全县执业医师1320人,较2020年增长8.6%。").get(1)).isEqualTo("执业医师较2020年增长");
        assertThat(indicators("全县床位数比上年减少35张。")).containsExactly("床位数比上年减少");
    }

    @Test
    void examplesEndingInDengGiveWayToTheCategoryCounted() {
        assertThat(indicators("推进县人民医院和县中医院等3个县域医疗次中心建设。")).containsExactly("县域医疗次中心建设");
    }

    @Test
    void aShareFollowedByWhatItDoesNamesThatShare() {
        assertThat(indicators("全县乡镇卫生院100%开设中医馆。")).containsExactly("开设中医馆的乡镇卫生院比例");
    }

    @Test
    void aShortItemOfACoordinatedListTakesTheFrameOfTheItemBefore() {
        assertThat(indicators("今年招录定向培养医学本科生12名、专科生6名。")).containsExactly("招录定向培养医学本科生", "招录定向培养医学专科生");
    }

    @Test
    void staffCountedAfterFacilitiesAreTheirStaff() {
        assertThat(indicators("全县有村卫生室120个,从业人员260人。")).containsExactly("村卫生室", "村卫生室从业人员");
    }

    @Test
    void aBarePartAfterQiZhongTakesTheTotalsWords() {
        assertThat(indicators("享受奖励扶助人数300人,其中省级120人。").get(1)).startsWith("享受奖励扶助人数");
        assertThat(indicators("全县有卫生机构52个,其中乡镇卫生院12所。").get(1)).isEqualTo("乡镇卫生院");
    }

    @Test
    void aRatioLendsNoSubjectToTheStaffCountAfterIt() {
        assertThat(indicators("每千常住人口床位5.12张,在岗职工28000人。").get(1)).isEqualTo("在岗职工");
    }

    @Test
    void whatIsMeasuredEndsAtItsMeasureHead() {
        assertThat(indicators("全县儿童眼保健覆盖率逐年提高并于2025年达到92%以上。").get(0)).isEqualTo("儿童眼保健覆盖率");
    }

    @Test
    void aPhraseEndingInDeModifiesTheCountedNoun() {
        assertThat(indicators("培育6家在全市具有示范作用的社区医院。").get(0)).endsWith("社区医院");
    }
}
