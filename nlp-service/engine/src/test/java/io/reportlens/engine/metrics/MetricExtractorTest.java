package io.reportlens.engine.metrics;

import io.reportlens.engine.frame.FrameReader;
import io.reportlens.engine.sections.SectionParser;
import io.reportlens.engine.model.Metric;
import io.reportlens.engine.model.ReportMetadata;
import io.reportlens.engine.model.Section;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

class MetricExtractorTest {

    private static final ReportMetadata SUMMARY = new ReportMetadata("某市卫生健康局2023年工作总结", "某市卫生健康局", "某市",
            null, "某省", "city", "summary", 2023, null, "simplified");
    private static final ReportMetadata PLAN = new ReportMetadata("某市卫生健康局2025年工作计划", "某市卫生健康局", "某市",
            null, "某省", "city", "plan", 2025, null, "simplified");

    private final MetricExtractor extractor = new MetricExtractor();

    private List<Metric> summary(String text) {
        return extractor.extract("r1", text, FrameReader.frame(text, SUMMARY, new SectionParser().parse(text, SUMMARY)));
    }

    private Metric only(String text) {
        List<Metric> found = summary(text);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void multipliesOutWanAndYi() {
        Metric people = only("全县常住人口53.6万人。");
        assertThat(people.value()).isEqualTo(536000);
        assertThat(people.unit()).isEqualTo("人");
        Metric money = only("全年卫生健康支出12.45亿元。");
        assertThat(money.value()).isCloseTo(1245000000, within(1e-3));
        assertThat(money.unit()).isEqualTo("元");
    }

    @Test
    void aTimeWindowInAMeasuresNameIsNoFigure() {
        assertThat(summary("新生儿满月后28天随访率为96.2%,产妇48小时回访数 312人。"))
                .extracting(Metric::value).containsExactly(96.2, 312.0);
        // a duration that is the result stays one: 平均住院日缩短至7.5天, 用时3天完成
        assertThat(summary("平均住院日缩短至7.5天,用时3天完成全员核酸检测。"))
                .extracting(Metric::value).containsExactly(7.5, 3.0);
    }

    @Test
    void aCountOfQuotedAimsIsAFormulaNoQuantity() {
        assertThat(summary("围绕“健康某县”1条主线,突出“医共体建设”“中医药发展”“医养结合”3项工作。")).isEmpty();
        // a count of units holding a quoted title is a quantity
        assertThat(summary("全县创建“健康促进学校”15所。")).extracting(Metric::value).containsExactly(15.0);
    }

    @Test
    void aDiseaseTypeNumberIsNoCount() {
        assertThat(summary("2型糖尿病患者规范管理率达到63.5%。")).extracting(Metric::unit).containsExactly("%");
    }

    @Test
    void countsOfVisitsKeepTheirCompoundUnit() {
        assertThat(only("全年监督检查医疗机构2150家次。").unit()).isEqualTo("家次");
        assertThat(only("组织应急演练42场次。").unit()).isEqualTo("场次");
    }

    @Test
    void readsChineseNumeralCounts() {
        Metric m = only("新建两家社区卫生服务中心。");
        assertThat(m.value()).isEqualTo(2);
        assertThat(m.unit()).isEqualTo("家");
    }

    @Test
    void keepsPercentPerMilleAndPercentagePointsApart() {
        List<Metric> found = summary("婴儿死亡率2.1‰,健康素养水平达31.2%,较上年提高2.5个百分点。");
        assertThat(found).extracting(Metric::unit).containsExactly("‰", "%", "个百分点");
        assertThat(found.get(2).kind()).isEqualTo("change");
        assertThat(found.get(2).value()).isEqualTo(2.5);
    }

    @Test
    void readsComparators() {
        assertThat(only("高血压患者规范管理率达到65%以上。").comparator()).isEqualTo(">=");
        assertThat(only("门诊排队时间控制在30分钟以内。").comparator()).isEqualTo("<=");
        assertThat(only("全年接诊群众1.2万余人次。").comparator()).isEqualTo(">");
        assertThat(only("超过300名志愿者参与义诊。").comparator()).isEqualTo(">");
        assertThat(only("每周开展巡诊约5次。").comparator()).isEqualTo("~");
        assertThat(only("药占比降到28%左右。").comparator()).isEqualTo("~");
        assertThat(only("家庭医生团队不低于120个。").comparator()).isEqualTo(">=");
    }

    @Test
    void readsRangesWithHighValue() {
        Metric m = only("每个乡镇建成1-2个示范村卫生室。");
        assertThat(m.value()).isEqualTo(1);
        assertThat(m.valueHigh()).isEqualTo(2.0);
    }

    @Test
    void readsFractionsAsPercentages() {
        Metric m = only("三分之一的乡镇卫生院达到推荐标准。");
        assertThat(m.value()).isEqualTo(33.33);
        assertThat(m.unit()).isEqualTo("%");
    }

    @Test
    void excludesDatesYearsAndListMarkers() {
        assertThat(summary("2023年5月12日召开全市会议。\n1.加强基层建设。\n(2)完善制度。自2021起实施。")).isEmpty();
    }

    @Test
    void excludesSlogansPlanNamesAndQuotedNames() {
        assertThat(summary("落实“三会一课”制度,推进两票制改革,做好一老一小服务,编制十四五规划,实施三年行动,坚持一院一策。"))
                .isEmpty();
    }

    @Test
    void excludesOrdinalsButKeepsRanks() {
        assertThat(summary("入选第二批国家试点,落实第一议题制度。")).isEmpty();
        Metric rank = only("考核成绩排名全省第三。");
        assertThat(rank.kind()).isEqualTo("rank");
        assertThat(rank.value()).isEqualTo(3);
        Metric named = only("县医院在全国县级医院中位列第120名。");
        assertThat(named.kind()).isEqualTo("rank");
        assertThat(named.value()).isEqualTo(120);
    }

    @Test
    void excludesHospitalGradesAgeBandsPhoneAndDocumentNumbers() {
        assertThat(summary("推动二级以上医院和三级医院开展服务,为65岁以上老年人和0-3岁婴幼儿提供服务。")).isEmpty();
        assertThat(summary("咨询电话0731-84567890,依据〔2023〕12号文件。")).isEmpty();
    }

    @Test
    void keepsLifeExpectancyButNotAgeBands() {
        Metric m = only("全县人均预期寿命达到79.2岁,为65岁以上老年人免费体检。");
        assertThat(m.value()).isEqualTo(79.2);
        assertThat(m.unit()).isEqualTo("岁");
        assertThat(m.indicatorId()).isEqualTo("life-expectancy");
        // a lifespan reached "or more" is a lifespan; an age band after it still names people
        Metric atLeast = only("到2030年,全省人均预期寿命达到81岁以上,80岁以上老人全部签约。");
        assertThat(atLeast.value()).isEqualTo(81);
        assertThat(atLeast.comparator()).isEqualTo(">=");
    }

    @Test
    void readsRatesPerHundredThousand() {
        Metric m = only("孕产妇死亡率为9.8/10万。");
        assertThat(m.value()).isEqualTo(9.8);
        assertThat(m.unit()).isEqualTo("/10万");
        assertThat(m.indicatorId()).isEqualTo("maternal-mortality");
    }

    @Test
    void excludesServiceHoursAndSloganCounts() {
        assertThat(summary("提供7×24小时服务,落实两个确保和四个最严要求,推行“1+N”模式。")).isEmpty();
    }

    @Test
    void readsShortfallsAndCapsAsComparators() {
        assertThat(only("本科以上学历人员占比不足30%。").comparator()).isEqualTo("<");
        Metric cap = only("孕产妇死亡率控制在12/10万以下。");
        assertThat(cap.unit()).isEqualTo("/10万");
        assertThat(cap.comparator()).isEqualTo("<=");
        assertThat(cap.indicator()).isEqualTo("孕产妇死亡率");
    }

    @Test
    void dropsListMarkersFromIndicators() {
        assertThat(only("(二)力争全县家庭医生签约率达到50%以上。").indicator()).isEqualTo("家庭医生签约率");
    }

    @Test
    void planOfTheNextStepIsAboutTheFollowingYear() {
        String text = "一、2023年工作总结\n全年建成村卫生室20个。\n二、下一步工作计划\n新建村卫生室15个。\n";
        assertThat(summary(text)).extracting(Metric::year).containsExactly(2023, 2024);
    }

    @Test
    void signsChanges() {
        List<Metric> found = summary("全年出生人口8560人,同比减少735人;门诊量同比增长6.4%。");
        assertThat(found).extracting(Metric::kind).containsExactly("actual", "change", "change");
        assertThat(found.get(1).value()).isEqualTo(-735);
        assertThat(found.get(2).value()).isEqualTo(6.4);
    }

    @Test
    void recordsFromToBaseline() {
        Metric m = only("负压救护车从12辆增加至40辆。");
        assertThat(m.value()).isEqualTo(40);
        assertThat(m.baseline()).isEqualTo(12.0);
        assertThat(m.kind()).isEqualTo("actual");
        // the change after a comma of its own, and a template's masked year (xx年), keep the starting figure a baseline
        Metric visits = only("社区卫生服务中心年门诊量由2015年的12万人次,增加至2020年的21万人次。");
        assertThat(visits.value()).isEqualTo(210000);
        assertThat(visits.baseline()).isEqualTo(120000.0);
        Metric funding = only("人均筹资由xx年的40元提高到60元。");
        assertThat(funding.baseline()).isEqualTo(40.0);
        assertThat(funding.indicator()).isEqualTo("人均筹资");
    }

    @Test
    void readsTargetsFromCuesAndPlans() {
        assertThat(only("力争每千人口执业(助理)医师数达到3.2人。").kind()).isEqualTo("target");
        assertThat(only("对照每万人口5间的标准进行配置。").kind()).isEqualTo("target");
        List<Metric> plan = extractor.extract("r2", "年内新建智慧药房15家。", FrameReader.frame("年内新建智慧药房15家。", PLAN, List.of()));
        assertThat(plan).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo("target");
            assertThat(m.year()).isEqualTo(2025);
        });
    }

    @Test
    void aFigureDatedBeforeThePlansYearIsItsBaseNotAGoal() {
        String text = "2022年底,全市健康促进医院达到46家,较2019年增加12家;2025年,全市健康促进医院达到60家。";
        List<Metric> found = extractor.extract("r4", text, FrameReader.frame(text, PLAN, List.of()));
        assertThat(found).extracting(Metric::value, Metric::kind)
                .containsExactly(tuple(46.0, "actual"), tuple(12.0, "change"), tuple(60.0, "target"));
        // a year the figure is compared with does not date it; a goal's own cue still makes one
        String compared = "在2022年基础上,每千人口床位增加0.5张,力争2023年覆盖率达到95%。";
        assertThat(extractor.extract("r5", compared, FrameReader.frame(compared, PLAN, List.of())))
                .extracting(Metric::kind).containsExactly("target", "target");
    }

    @Test
    void oneFigureThatEverySubjectOfAListReachesIsAFigureOfEach() {
        List<Metric> found = summary("全县孕产妇系统管理率和0-6岁儿童健康管理率均达到92%以上。");
        assertThat(found).extracting(Metric::indicator, Metric::value, Metric::comparator)
                .containsExactly(tuple("孕产妇系统管理率", 92.0, ">="), tuple("0-6岁儿童健康管理率", 92.0, ">="));
        assertThat(found).extracting(Metric::id).doesNotHaveDuplicates();
        // without 均 the list is one subject of its own
        assertThat(summary("全县孕产妇和儿童的健康管理率达到92%。")).hasSize(1);
    }

    @Test
    void aCountOfTheCampaignsARallyingCallNamesIsNoFigure() {
        assertThat(summary("全力打好疫情防控和医改两场硬仗,抓好事关全局的六件大事,全年新建村卫生室12所。"))
                .extracting(Metric::value).containsExactly(12.0);
        // the tasks and works a plan lists, even with a qualifier between count and noun
        assertThat(summary("规划提出了48项具体任务,布局了16项重点工程,开工建设12个项目。"))
                .extracting(Metric::value).containsExactly(12.0);
    }

    @Test
    void aVisitingPartyARoundTheClockServiceAndADocumentSitesCountersAreNoFigures() {
        assertThat(summary("省卫生健康委副主任王某一行6人来县调研。")).isEmpty();
        assertThat(summary("县人民医院开通24小时胸痛救治绿色通道。")).isEmpty();
        assertThat(summary("本文档下载356次,下载本文档将扣除1次。")).isEmpty();
        // a limit in hours is one: 24小时内, 24小时完成
        assertThat(summary("确保24小时完成流调溯源,48小时内完成全员检测。")).extracting(Metric::value).containsExactly(24.0, 48.0);
    }

    @Test
    void aSumSpentWithoutItsYuanIsInYuan() {
        Metric spent = only("全年投入3.6亿推进基层医疗机构标准化建设。");
        assertThat(spent.value()).isCloseTo(360000000, within(1e-3));
        assertThat(spent.unit()).isEqualTo("元");
    }

    @Test
    void perMilleRatesKeepTheirUnitAndChangeInPerMillePoints() {
        // the ‰ of a rate the statistics state per mille, typed or reposted as %
        Metric births = only("全市人口自然增长率为6.35%。");
        assertThat(births.unit()).isEqualTo("‰");
        assertThat(births.value()).isEqualTo(6.35);
        List<Metric> infants = summary("婴儿死亡率3.25‰,较上年下降0.42个千分点。");
        assertThat(infants).extracting(Metric::value, Metric::unit, Metric::kind)
                .containsExactly(tuple(3.25, "‰", "actual"), tuple(-0.42, "个千分点", "change"));
        // a share that is no such rate keeps its %
        assertThat(only("全市居民健康素养水平达到6.35%。").unit()).isEqualTo("%");
        // the relative change of such a rate is in %
        assertThat(summary("婴儿死亡率由2.06‰下降至0.93‰,下降54.85%。")).filteredOn(m -> m.kind().equals("change"))
                .extracting(Metric::value, Metric::unit).containsExactly(tuple(-54.85, "%"));
    }

    @Test
    void anAreaWrittenInLatinLettersIsInSquareMetres() {
        Metric area = only("新建业务用房12850.5m2。");
        assertThat(area.value()).isEqualTo(12850.5);
        assertThat(area.unit()).isEqualTo("平方米");
        assertThat(only("服务半径覆盖3.2km2。").unit()).isEqualTo("平方公里");
    }

    @Test
    void aBareCountBeforePeopleCountsPeople() {
        assertThat(only("全县有36512农民参加新型农村合作医疗。").unit()).isEqualTo("人");
        assertThat(only("全省12.6万卫生健康工作者奋战在一线。").value()).isEqualTo(126000);
        // a bare number before anything else is not counted in 人
        assertThat(summary("全县有1200村卫生室完成标准化建设。")).extracting(Metric::unit).doesNotContain("人");
    }

    @Test
    void aYearEndEstimateInAReviewIsTheYearsResultAndARunInHeadingIsNotItsName() {
        String text = "一、2023年工作回顾\n(一)推进卫生事业发展 预计全年全县门急诊人次68.5万人次,同比增长3.2%。\n";
        Metric visits = summary(text).get(0);
        assertThat(visits.kind()).isEqualTo("actual");
        assertThat(visits.indicator()).doesNotContain("推进卫生事业发展");
        // a comparator alone after the space does not name the measure: it is read across the space
        assertThat(only("发放健康教育资料 不少于12种。").indicator()).contains("健康教育资料");
    }

    @Test
    void usesPlanSectionsOfASummary() {
        String text = "一、2023年工作总结\n全年建成村卫生室20个。\n二、2024年工作计划\n新建村卫生室15个。\n";
        int plan = text.indexOf("二、");
        List<Section> sections = List.of(new Section("一、2023年工作总结", 1, "review", 2023, 0, plan),
                new Section("二、2024年工作计划", 1, "plan", 2024, plan, text.length()));
        List<Metric> found = extractor.extract("r3", text, FrameReader.frame(text, SUMMARY, sections));
        assertThat(found).extracting(Metric::kind).containsExactly("actual", "target");
        assertThat(found).extracting(Metric::year).containsExactly(2023, 2024);
    }

    @Test
    void readsThePartsOfAReportFromItsHeadings() {
        String text = "一、2023年工作总结\n全年建成村卫生室20个。\n二、下一步工作计划\n新建村卫生室15个。\n";
        assertThat(summary(text)).extracting(Metric::kind).containsExactly("actual", "target");
    }

    @Test
    void carriesSharedQualifierAcrossCoordinatedList() {
        List<Metric> found = summary("每千常住人口执业(助理)医师2.85人、注册护士3.40人。");
        assertThat(found).extracting(Metric::indicator)
                .containsExactly("每千常住人口执业(助理)医师", "每千常住人口注册护士");
        assertThat(found).extracting(Metric::indicatorId).containsExactly("physicians-per-1000", "nurses-per-1000");
    }

    @Test
    void readsIndicatorFromClauseAndCountedNoun() {
        assertThat(only("全市共有养老护理站36间。").indicator()).isEqualTo("养老护理站");
        assertThat(only("组建18支家庭医生团队。").indicator()).isEqualTo("组建家庭医生团队");
    }

    @Test
    void attachesAttributesToTheSubjectBefore() {
        List<Metric> found = summary("全年完成结核病筛查4200人,完成率105%。");
        assertThat(found.get(1).indicator()).isEqualTo("结核病筛查完成率");
    }

    @Test
    void readsRegionOfANamedPlace() {
        List<Metric> found = summary("各县平均住院率为88%,其中安平县达93.5%。");
        assertThat(found.get(1).region()).isEqualTo("安平县");
        assertThat(found.get(0).region()).isNull();
    }

    @Test
    void readsYearWrittenInTheSentence() {
        assertThat(only("截至2022年底,全市共有托育机构85家。").year()).isEqualTo(2022);
    }

    @Test
    void spansPointIntoTheTextWithStableIds() {
        String text = "今年累计接种疫苗12.6万剂次。";
        Metric m = only(text);
        assertThat(m.text()).isEqualTo(text.substring(m.start(), m.end()));
        assertThat(m.text()).contains("12.6万剂次");
        assertThat(m.raw()).isEqualTo("12.6万剂次");
        assertThat(summary(text).get(0).id()).isEqualTo(m.id());
    }

    @Test
    void degradesGracefullyOnEmptyOrNumberlessText() {
        assertThat(summary("")).isEmpty();
        assertThat(summary("加强党的建设,提升服务能力。")).isEmpty();
    }

    @Test
    void aNumberStartingWith百Or千CountsOnlyAsAProportionOrWith余() {
        Metric people = only("组织百余名医务人员下乡义诊。");
        assertThat(people.value()).isEqualTo(100);
        assertThat(people.unit()).isEqualTo("名");
        assertThat(people.comparator()).isEqualTo(">");
        Metric share = only("全县千分之三点五的新生儿接受复筛。");
        assertThat(share.value()).isEqualTo(3.5);
        assertThat(share.unit()).isEqualTo("‰");
        assertThat(summary("把健康服务送到千家万户,让百姓少跑腿。")).isEmpty();
    }

    @Test
    void aWrittenMinusIsTheSignOfAChange() {
        Metric rise = only("次均住院费用同比增长-3.4%。");
        assertThat(rise.value()).isEqualTo(-3.4);
        assertThat(rise.kind()).isEqualTo("change");
        assertThat(only("药占比同比下降-2.3%。").value()).isEqualTo(-2.3);
        assertThat(only("药占比同比下降2.3%。").value()).isEqualTo(-2.3);
    }

    @Test
    void aComputedProportionIsReportedToTwoDecimals() {
        Metric m = only("全区三分之二的社区卫生服务中心开设中医馆。");
        assertThat(m.value()).isEqualTo(66.67);
        assertThat(m.unit()).isEqualTo("%");
    }

    @Test
    void aRatePerTenThousandCarriesItsDenominatorAsTheUnit() {
        Metric m = only("院内感染发生率控制在万分之三以下。");
        assertThat(m.value()).isEqualTo(3);
        assertThat(m.unit()).isEqualTo("/万");
        assertThat(m.comparator()).isEqualTo("<=");
        assertThat(m.indicator()).isEqualTo("院内感染发生率");
        assertThat(only("全县孕产妇死亡率为十万分之十一点二。").unit()).isEqualTo("/10万");
    }

    @Test
    void aSpaceBeforeTheUnitAsPdfConversionsLeaveIt() {
        List<Metric> found = summary("全市医疗机构床位从98360 张增加到 152310 张,每千常住人口床位数达到 5.12 张。");
        assertThat(found).extracting(Metric::value).containsExactly(152310.0, 5.12);
        assertThat(found.get(0).baseline()).isEqualTo(98360.0);
        assertThat(found).extracting(Metric::unit).containsExactly("张", "张");
    }

    @Test
    void aChangeOfTheLifespanNamedEarlierCountsButAnAgeBandDoesNot() {
        List<Metric> found = summary("全县人均预期寿命达到79.6 岁,比2015年提高1.2 岁,65岁以上老年人健康管理率72%。");
        assertThat(found).extracting(Metric::value).containsExactly(79.6, 1.2, 72.0);
        assertThat(found.get(1).kind()).isEqualTo("change");
    }

    @Test
    void aLifespanBrokenDownByThePartsOfThePopulationCountsEachPart() {
        List<Metric> found = summary("全县户籍居民期望寿命为80.4岁,其中男性78.1岁、女性82.9岁,65岁以上老人占15%。");
        assertThat(found).extracting(Metric::value).containsExactly(80.4, 78.1, 82.9, 15.0);
        assertThat(found.get(2).indicator()).isEqualTo("户籍居民期望寿命女性");
        List<Metric> nextSentence = summary("全县人均预期寿命达到79.9岁。其中,城镇居民80.6岁。");
        assertThat(nextSentence).extracting(Metric::value).containsExactly(79.9, 80.6);
        assertThat(summary("全县人均预期寿命达到79.9岁,为80岁老人送去慰问品。")).extracting(Metric::value)
                .as("an age band, not a part").containsExactly(79.9);
    }

    @Test
    void aRespectiveListComparedWithTheYearBeforeSharesTheInstitutionItsFirstSubjectNames() {
        List<Metric> found = summary("乡镇卫生院门诊人次和出院人数与上年相比分别增长4.2%、1.9%。");
        assertThat(found).extracting(Metric::indicator).containsExactly("乡镇卫生院门诊人次", "乡镇卫生院出院人数");
        assertThat(found).extracting(Metric::kind).containsExactly("change", "change");
    }

    @Test
    void theFiguresOfOneListShareTheVerbBeforeTheFirst() {
        List<Metric> found = summary("门诊和住院人次较上年分别增长3.2%和4.5%。");
        assertThat(found).extracting(Metric::kind).containsExactly("change", "change");
    }

    @Test
    void aBandThatQualifiesWhatFollowsIsNoQuantity() {
        assertThat(summary("30万常住人口以上的县均有一所二级甲等中医院。")).extracting(Metric::value).containsExactly(1.0);
        assertThat(summary("服务50万人口以上的县设置2个急救站。")).extracting(Metric::value).containsExactly(2.0);
        assertThat(summary("全县总人口50万人口。")).extracting(Metric::value).containsExactly(500000.0);
    }

    @Test
    void theCountOfWhatAPlanListsIsNoQuantity() {
        assertThat(summary("方案提出8项重点任务,新建社区卫生服务中心3家。")).extracting(Metric::value).containsExactly(3.0);
        assertThat(summary("全面建立五项基本医疗卫生制度。")).isEmpty();
    }

    @Test
    void aSpanWithoutCasesIsAResult() {
        assertThat(only("全县连续12年未发生孕产妇死亡。").unit()).isEqualTo("年");
        assertThat(only("全县已12年未发生重大医疗事故。").value()).isEqualTo(12.0);
    }

    @Test
    void workingDaysAreAUnit() {
        assertThat(only("资金在15个工作日内拨付到位。").unit()).isEqualTo("工作日");
        assertThat(only("完成24个班次入境航班机组的接待任务。").unit()).as("个 before a measure word counts in it").isEqualTo("班次");
        assertThat(only("开展3个批次的全员核酸检测。").unit()).isEqualTo("批次");
    }

    @Test
    void aUnitNamedBeforeTheFigure() {
        Metric visits = only("全年急诊人次达三十点八万。");
        assertThat(visits.value()).isEqualTo(308000.0);
        assertThat(visits.unit()).isEqualTo("人次");
        assertThat(only("全年完成项目投资4.5亿。").unit()).isEqualTo("元");
        assertThat(only("年末全院固定资产2.3亿。").value()).isEqualTo(230000000.0);
    }

    @Test
    void aZeroRateIsInTheMeasuresOwnUnit() {
        Metric m = only("全县孕产妇死亡率为0。");
        assertThat(m.value()).isEqualTo(0.0);
        assertThat(m.unit()).isEqualTo("/10万");
    }

    @Test
    void aMeasureWithoutAUnitKeepsItsFigure() {
        Metric ratio = only("去年全镇出生人口性别比为106.3,低于全市平均。");
        assertThat(ratio.value()).isEqualTo(106.3);
        assertThat(ratio.unit()).isEmpty();
        Metric bound = only("全区总和生育率控制在1.8以内。");
        assertThat(bound.value()).isEqualTo(1.8);
        assertThat(bound.comparator()).isEqualTo("<=");
    }

    @Test
    void aPopulationLendsItsFigureTheUnitAcrossAVerbOfChange() {
        List<Metric> found = summary("2023年全县出生人口减少近1.2万,常住人口为52.3万。");
        assertThat(found).extracting(Metric::value).containsExactly(-12000.0, 523000.0);
        assertThat(found).extracting(Metric::unit).containsOnly("人");
        assertThat(found.get(0).kind()).isEqualTo("change");
        assertThat(found.get(0).comparator()).isEqualTo("~");
    }

    @Test
    void aBareCountAfterDeCountsThePeopleNamedAfterIt() {
        List<Metric> found = summary("全县现有的2.3万留守老年人中,失能半失能老人占比较高。");
        assertThat(found).extracting(Metric::value).contains(23000.0);
        assertThat(found).filteredOn(m -> m.value() == 23000.0).extracting(Metric::unit).containsExactly("人");
        assertThat(summary("全县建成的12个标准化村卫生室运行良好。")).extracting(Metric::unit).containsExactly("个");
    }

    @Test
    void anIndexOrAValueHasNoUnitAndLendsNoneToTheFiguresListedAfterIt() {
        List<Metric> found = summary("到2030年,市、县两级医院病例组合指数(CMI)值力争达到1.25、0.9。");
        assertThat(found).extracting(Metric::value).containsExactly(1.25, 0.9);
        assertThat(found).allSatisfy(m -> assertThat(m.unit()).isEmpty());
        assertThat(found.get(0).indicator()).as("the intent is no part of the measure's name").doesNotContain("力争");
        assertThat(summary("共召开专题会议3、4次。")).as("a list of bare figures after no measure takes no unit")
                .extracting(Metric::value).doesNotContain(3.0);
    }

    @Test
    void aTemplateSitesCountInLenticularBracketsIsNoFigureButVaccineShotsAre() {
        assertThat(summary("以下是为大家整理的乡镇卫生院工作总结【五篇】,欢迎阅读。全年接种疫苗2.1万针次。"))
                .extracting(Metric::unit).containsExactly("针次");
        assertThat(summary("社区卫生服务中心年度工作计划四篇\n今年计划新建家庭医生团队5个。")).extracting(Metric::value).containsExactly(5.0);
    }

    @Test
    void aCountWhoseSentenceClosesOnAsFollowsCountsTheList() {
        assertThat(summary("今年全区将重点推进8项民生实事,现将有关安排说明如下:\n一、新建社区卫生服务站3个。"))
                .extracting(Metric::value).containsExactly(3.0);
        assertThat(summary("全年完成项目12项,为群众办实事,具体情况说明。")).extracting(Metric::value).containsExactly(12.0);
    }

    @Test
    void aGapBelowWhatAFigureIsComparedWithIsNegative() {
        assertThat(summary("全县剖宫产率低于全市平均水平3.5个百分点。")).extracting(Metric::value).containsExactly(-3.5);
        assertThat(summary("全县住院分娩率高于全省平均水平1.2个百分点。")).extracting(Metric::value).containsExactly(1.2);
    }

    @Test
    void aTravelTimeThatNamesACircleOfServicesIsNoFigure() {
        assertThat(summary("基本建成15分钟医疗卫生服务圈,急救平均反应时间缩短至12分钟。")).extracting(Metric::value).containsExactly(12.0);
    }

    @Test
    void documentsNamedAndHeadingNumbersAreNoCounts() {
        assertThat(summary("根据《某省妇女发展规划》和《某省儿童发展规划》(以下简称两个《规划》),全市住院分娩率达到99.2%。"))
                .extracting(Metric::value).containsExactly(99.2);
        assertThat(summary("3组织机构和职责\n全县组建家庭医生团队45个。")).extracting(Metric::value).containsExactly(45.0);
    }

    @Test
    void aPhaseOfABuildingWorkIsNoCount() {
        assertThat(summary("推进县中医院二期、妇幼保健院扩建三期等4个项目建设。")).extracting(Metric::value).containsExactly(4.0);
        assertThat(summary("建成市精神卫生中心、山东大学齐鲁医院(青岛)二期等5个项目。")).as("an aside in brackets before the phase")
                .extracting(Metric::value).containsExactly(5.0);
        assertThat(summary("全年举办基层医生培训班12期。")).extracting(Metric::value).containsExactly(12.0);
    }

    @Test
    void aPopulationBeforeARateIsItsBase() {
        assertThat(summary("肺结核报告发病率降至10万人口31.5人。")).extracting(Metric::value).containsExactly(31.5);
        assertThat(summary("全镇服务10万人口,设村卫生室12所。")).extracting(Metric::value).contains(100000.0);
    }

    @Test
    void fallsAreNegativeWhateverTheWording() {
        assertThat(summary("门诊量降幅为3.2%,住院量同比负增长1.5%。")).extracting(Metric::value).containsExactly(-3.2, -1.5);
    }

    @Test
    void ranksHoweverWritten() {
        assertThat(only("综合考核成绩居全省首位。").value()).isEqualTo(1.0);
        assertThat(only("在2023年度全市绩效考核中排名全市第二。").kind()).isEqualTo("rank");
        assertThat(only("医疗服务能力考核结果全省第三。").value()).isEqualTo(3.0);
    }

    @Test
    void unitsReportsCount() {
        assertThat(only("日检测能力达到1.2万管/日。").unit()).isEqualTo("管/日");
        assertThat(only("发放防护用品3000瓶。").unit()).isEqualTo("瓶");
        assertThat(only("新建健康步道12公里。").unit()).isEqualTo("公里");
        assertThat(only("捐赠物资520kg。").unit()).isEqualTo("千克");
    }

    @Test
    void phasesSetsAndStagesAreNoQuantities() {
        assertThat(summary("县医院二期工程开工,四套班子领导出席,分3个阶段推进。")).isEmpty();
    }

    @Test
    void aWrittenSignBeforeAFigureIsItsComparatorAndMakesAStandard() {
        Metric m = only("3.高血压患者基层规范管理服务率≥65%");
        assertThat(m.comparator()).isEqualTo(">=");
        assertThat(m.kind()).isEqualTo("target");
        assertThat(only("孕产妇死亡率<8/10万").comparator()).isEqualTo("<");
    }

    @Test
    void aPlannedChangeIsAGoalWithItsSign() {
        List<Metric> found = extractor.extract("r4", "到2027年,人均预期寿命在2023年基础上提高0.5岁,婴儿死亡率每年降低0.2个百分点。",
                FrameReader.frame("到2027年,人均预期寿命在2023年基础上提高0.5岁,婴儿死亡率每年降低0.2个百分点。", PLAN, List.of()));
        assertThat(found).extracting(Metric::kind).containsExactly("target", "target");
        assertThat(found).extracting(Metric::value).containsExactly(0.5, -0.2);
    }

    @Test
    void aMultipleIsAQuantityAndAnIncreaseByAMultipleIsAChange() {
        Metric growth = only("家庭医生签约服务人次较2018年增加2.5倍。");
        assertThat(growth.value()).isEqualTo(2.5);
        assertThat(growth.unit()).isEqualTo("倍");
        assertThat(growth.kind()).isEqualTo("change");
        Metric ratio = only("我县人均公共卫生经费为全省平均水平的1.3倍。");
        assertThat(ratio.unit()).isEqualTo("倍");
        assertThat(ratio.kind()).isEqualTo("actual");
    }

    @Test
    void aSpeakersOutlineIsNoQuantityButProblemsFoundAre() {
        assertThat(summary("下面,我讲三点意见。今天主要谈两个问题。")).isEmpty();
        assertThat(only("全年督导检查发现问题215个。").value()).isEqualTo(215);
    }

    @Test
    void aStartingFigureMayBeQualifiedBetweenCongAndIt() {
        List<Metric> found = summary("村医补助从现行每人每月800元提高至1200元,规范化率由原来的65%提高到82%。");
        assertThat(found).extracting(Metric::value).containsExactly(1200.0, 82.0);
        assertThat(found).extracting(Metric::baseline).containsExactly(800.0, 65.0);
    }

    @Test
    void theValuesOfTheYearComparedWithAreNotFiguresOfTheirOwn() {
        List<Metric> found = summary("宫颈癌和乳腺癌筛查率分别为91.2%和96.5%,较2019年(84.1%和90.3%)分别提高7.1和6.2个百分点。");
        assertThat(found).extracting(Metric::value).containsExactly(91.2, 96.5, 7.1, 6.2);
    }

    @Test
    void aFigureAGoalBuildsOnIsOneReached() {
        String text = "二、下一步工作计划\n在建成5个县域医疗次中心基础上,年内再建成3个。\n";
        assertThat(summary(text)).extracting(Metric::value, Metric::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5.0, "actual"), org.assertj.core.groups.Tuple.tuple(3.0, "target"));
    }

    @Test
    void aLifespanNamedEarlierInTheSentenceIsReachedInALaterClause() {
        List<Metric> found = summary("全市平均预期寿命近年持续上升,2023年达82.4岁,按年上升0.3岁,65岁以上老年人达12万人。");
        assertThat(found).extracting(Metric::value).contains(82.4, 0.3);
        assertThat(found).filteredOn(m -> m.unit().equals("岁")).hasSize(2);
    }

    @Test
    void aDecimalBeforeRiIsACountOfDaysNotADate() {
        assertThat(summary("5月12日起,出院患者平均住院日为7.85日。")).extracting(Metric::value, Metric::unit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(7.85, "日"));
    }

    @Test
    void reformsAndBuildsCountedInChineseAreNamedSets() {
        assertThat(summary("全年深化两项改革,强化三项建设,新建村卫生室12所。")).extracting(Metric::value).containsExactly(12.0);
        // a body of rules named by its count (中央八项规定) is a name too
        assertThat(summary("严格落实中央八项规定精神,全年开展廉政谈话46次。")).extracting(Metric::value).containsExactly(46.0);
    }

    @Test
    void aRateKeptAtZeroIsAZeroRate() {
        List<Metric> found = summary("全县孕产妇死亡率保持为零,婴儿死亡率为3.1‰。");
        assertThat(found).extracting(Metric::value).containsExactly(0.0, 3.1);
        assertThat(found.get(0).indicator()).isEqualTo("孕产妇死亡率");
    }

    @Test
    void aBareHundredOrThousandAfterAWordOfApproximationIsACount() {
        List<Metric> found = summary("全年处置疫情相关事件逾千起,培训乡村医生近千人,开展义诊百余次。");
        assertThat(found).extracting(Metric::value).containsExactly(1000.0, 1000.0, 100.0);
        assertThat(found).extracting(Metric::comparator).containsExactly(">", "~", ">");
        assertThat(summary("服务千家万户,全年新建村卫生室5所。")).extracting(Metric::value).containsExactly(5.0);
        assertThat(summary("全县60岁以上2.3万人签约。")).extracting(Metric::comparator).as("以上 before a number binds no 上").containsExactly("=");
    }

    @Test
    void anInvestmentIsOfTheProjectTheClauseAfterItBuilds() {
        List<Metric> found = summary("一是总投资3500万元,新建县妇幼保健院综合楼。二是全年报销医疗费用2100万元,惠及群众。");
        assertThat(found.get(0).indicator()).isEqualTo("县妇幼保健院综合楼总投资");
        assertThat(found.get(1).indicator()).as("no investment, no project").doesNotContain("惠及");
    }

    @Test
    void aSessionsOrdinalAndAFramingSpanAreNoQuantities() {
        assertThat(summary("集中学习二十届中央纪委四次全会精神,全年开展督查12次。")).extracting(Metric::value).containsExactly(12.0);
        assertThat(summary("认真贯彻县第五次党代会和县十三次党代会精神,全年召开专题会议4次。")).extracting(Metric::value).containsExactly(4.0);
        assertThat(summary("贯彻落实区十二次代表大会精神,全年开展义诊6次。")).extracting(Metric::value).containsExactly(6.0);
        assertThat(summary("总结过去二十一个月的抗疫经验,新建方舱医院3所。")).extracting(Metric::value).containsExactly(3.0);
    }

    @Test
    void figuresOutsideTheHealthSystemAreNoMetrics() {
        List<Metric> found = summary("全年城镇新增就业1.2万人,城镇调查失业率控制在5.5%以内,新增公交线路6条,家庭医生签约率达到75%。");
        assertThat(found).extracting(Metric::indicator).containsExactly("家庭医生签约率");
    }

    @Test
    void aCountEndingALeadAtItsColonCountsTheListAfterIt() {
        List<Metric> found = summary("今年我局承担的民生实事任务有四项:两癌筛查、产前筛查、新生儿筛查和老年人体检,全年完成体检1.2万人。");
        assertThat(found).extracting(Metric::value).containsExactly(12000.0);
        assertThat(summary("全县组建家庭医生团队有45个,签约居民3.2万人。")).extracting(Metric::value).contains(45.0);
    }

    @Test
    void aVillagersGroupIsAnAddressNotACount() {
        assertThat(summary("新增帮扶基地设在红星村5组,帮扶对象20户。")).extracting(Metric::value).containsExactly(20.0);
    }

    @Test
    void aSetNamedAfterItsCountIsNoFigureButAVerbEndsTheCountedNoun() {
        assertThat(summary("三个重大公共卫生服务项目顺利实施,全年完成体检1200人。")).extracting(Metric::value).containsExactly(1200.0);
        assertThat(summary("在全区300个小区建立网格化管理体系。")).extracting(Metric::value).containsExactly(300.0);
    }

    @Test
    void visitsCountedWithACountAreVisits() {
        assertThat(summary("全年提供15万个专科门诊就诊人次,新建3个社区卫生服务站。")).extracting(Metric::value, Metric::unit)
                .containsExactly(tuple(150000.0, "人次"), tuple(3.0, "个"));
    }

    @Test
    void aTemplateSitesCountOfSamplesIsNoFigure() {
        assertThat(summary("乡镇卫生院年度工作总结(通用8篇)\n全年在核心期刊发表论文(12篇)。")).extracting(Metric::value, Metric::unit)
                .containsExactly(tuple(12.0, "篇"));
    }

    @Test
    void aShareWithNoSubjectOfItsOwnIsAShareOfWhatTheFigureBeforeCounted() {
        assertThat(summary("全县60岁以上老年人口8.2万人,占总人口的21.3%。")).extracting(Metric::indicator)
                .containsExactly("60岁以上老年人口", "60岁以上老年人口占总人口");
        assertThat(summary("全县孕产妇系统管理人数4200人,占比达96.5%。")).extracting(Metric::indicator).last().asString()
                .doesNotContain("比达");
    }

    @Test
    void aRatePerTenThousandWrittenWithASlashIsARate() {
        Metric rate = only("全县出生缺陷发生率为48.6/万。");
        assertThat(rate.value()).isEqualTo(48.6);
        assertThat(rate.unit()).isEqualTo("/万");
        assertThat(rate.indicator()).isEqualTo("出生缺陷发生率");
    }

    @Test
    void aPlaceAmongTheTopStrivenForIsARankOfAtMostN() {
        Metric top = only("全县家庭医生签约服务考核力争进入全省前三名。");
        assertThat(top.value()).isEqualTo(3);
        assertThat(top.comparator()).isEqualTo("<=");
        assertThat(top.kind()).isEqualTo("rank");
        assertThat(summary("对年度考核前3名的乡镇卫生院给予通报表扬。")).isEmpty();
        assertThat(only("基本公共卫生服务项目绩效考核力争在全市排名前五位。").comparator()).isEqualTo("<=");
        assertThat(summary("全县死因排名前三位的疾病为心脑血管疾病、肿瘤和呼吸系统疾病。")).isEmpty();
    }

    @Test
    void aListsNumberRunIntoItsItemIsNoFigureAndNoPartOfTheIndicator() {
        List<Metric> found = summary("1传染病报告率达100%。2孕产妇系统管理率≥90%。3新生儿访视率≥95%。");
        assertThat(found).extracting(Metric::value).containsExactly(100.0, 90.0, 95.0);
        assertThat(found).extracting(Metric::indicator).containsExactly("传染病报告率", "孕产妇系统管理率", "新生儿访视率");
        assertThat(summary("20万常住人口以上的县均有一所二级医院。")).extracting(Metric::indicator).first().asString()
                .startsWith("20万");
    }
}
