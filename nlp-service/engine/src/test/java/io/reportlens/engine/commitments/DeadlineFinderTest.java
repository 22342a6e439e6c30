package io.reportlens.engine.commitments;

import io.reportlens.engine.frame.Timeline;
import io.reportlens.engine.model.ReportMetadata;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineFinderTest {

    private static Timeline timeline(String docType, Integer periodYear, String published, String title) {
        return Timeline.of(new ReportMetadata(title, null, null, null, null, null, docType, periodYear, published, "simplified"));
    }

    private static final Timeline PLAN_2024 = timeline("plan", 2024, "2023-12-28", "某市卫生健康委2024年工作要点");
    private static final Timeline SPEECH_MARCH_2020 = timeline("speech", 2020, "2020-03-18", "在全市卫生健康工作会议上的讲话");
    private static final Timeline HALF_YEAR_2022 = timeline("summary_and_plan", 2022, "2022-07-20", "某县卫健委2022年上半年工作总结及下半年工作安排");
    private static final Timeline ANNUAL_SUMMARY_2023 = timeline("summary_and_plan", 2023, "2024-01-10", "某区卫生健康局2023年工作总结和2024年工作计划");

    private static List<String> dates(Timeline timeline, String sentence) {
        return DeadlineFinder.find(sentence, timeline).stream().map(f -> f.deadline().date()).toList();
    }

    private static List<String> raws(Timeline timeline, String sentence) {
        return DeadlineFinder.find(sentence, timeline).stream().map(f -> f.deadline().raw()).toList();
    }

    @Test
    void aSpanOfYearsWrittenWithBothNiansLimitsAtItsLastYear() {
        assertThat(dates(PLAN_2024, "2024年-2027年,每一年都有新建的社区医院投入使用")).containsExactly("2027-12-31");
        assertThat(dates(PLAN_2024, "2025年—2027年持续推进县域医共体建设")).containsExactly("2027-12-31");
    }

    @Test
    void thisYearFormsInAPlanResolveToThePlanYearEvenWhenIssuedTheYearBefore() {
        assertThat(dates(PLAN_2024, "年内完成全部乡镇卫生院发热诊室改造")).containsExactly("2024-12-31");
        assertThat(dates(PLAN_2024, "今年新增托位1200个")).containsExactly("2024-12-31");
        assertThat(dates(PLAN_2024, "年底前实现县域医共体全覆盖")).containsExactly("2024-12-31");
    }

    @Test
    void aSpanOfYearsOpeningAGoalSetsItsLastYearAsTheLimit() {
        Timeline plan = timeline("plan", 2024, "2024-05-08", "某县健康行动实施方案");
        assertThat(raws(plan, "2024—2026年,全县健康素养水平稳步提高")).containsExactly("2024—2026年");
        assertThat(dates(plan, "2024-2026年,全县健康素养水平稳步提高")).containsExactly("2026-12-31");
        // inside a sentence the span is a period named, not the goal's limit
        assertThat(dates(plan, "总结2021—2023年健康县城创建经验")).isEmpty();
    }

    @Test
    void monthLimitsInASpeechResolveAgainstItsDeliveryDate() {
        assertThat(dates(SPEECH_MARCH_2020, "各旗县要在3月底前完成物资储备")).containsExactly("2020-03-31");
        assertThat(raws(SPEECH_MARCH_2020, "其余机构今年5月底前完成建设")).containsExactly("今年5月底前");
        assertThat(dates(SPEECH_MARCH_2020, "6月30日前全部完成人员培训")).containsExactly("2020-06-30");
    }

    @Test
    void aMonthInChineseNumeralsIsALimitAsInDigits() {
        assertThat(dates(SPEECH_MARCH_2020, "各乡镇卫生院确保六月底如期完工")).containsExactly("2020-06-30");
        assertThat(dates(SPEECH_MARCH_2020, "县疾控中心十二月底前完成评估")).containsExactly("2020-12-31");
        assertThat(dates(SPEECH_MARCH_2020, "力争在十月份完成验收")).containsExactly("2020-10-31");
        // 统一 / 第一 end in 一 without naming January
        assertThat(dates(SPEECH_MARCH_2020, "各单位统一月底前报送材料")).isEmpty();
    }

    @Test
    void aMonthAlreadyPastWhenTheSpeechIsGivenMeansNextYear() {
        Timeline november = timeline("speech", 2021, "2021-11-05", null);
        assertThat(dates(november, "明年1月底前完成改造")).containsExactly("2022-01-31");
        assertThat(dates(november, "3月底前完成验收")).containsExactly("2022-03-31");
    }

    @Test
    void aPlanSectionNamingItsYearSetsTheYearOfItsSentences() {
        Timeline issuedInDecember = timeline("summary_and_plan", 2023, "2023-12-22", "某县卫生健康局2023年工作总结和2024年工作计划");
        assertThat(dates(issuedInDecember, "年内完成村卫生室改造")).containsExactly("2024-12-31");
        assertThat(dates(timeline("summary", 2023, "2023-12-22", null), "今年底前完成村卫生室改造")).containsExactly("2023-12-31");
        assertThat(raws(timeline("summary", 2023, "2023-12-22", null), "今年底前完成村卫生室改造")).containsExactly("今年底前");
        assertThat(dates(issuedInDecember.inSectionOf(2024), "年内完成村卫生室改造")).containsExactly("2024-12-31");
        assertThat(dates(issuedInDecember.inSectionOf(2024), "6月底前实现检查结果互认")).containsExactly("2024-06-30");
    }

    @Test
    void halvesAndQuartersEndOnTheirLastDay() {
        assertThat(dates(HALF_YEAR_2022, "下半年,全县要集中力量补齐短板")).containsExactly("2022-12-31");
        assertThat(dates(timeline("summary_and_plan", 2021, null, "某区卫健局1-6月工作总结及下步打算"), "下半年完成改造"))
                .containsExactly("2021-12-31");
        assertThat(dates(ANNUAL_SUMMARY_2023, "下半年完成改造")).containsExactly("2024-12-31");
        assertThat(dates(PLAN_2024, "上半年完成医疗机构校验")).containsExactly("2024-06-30");
        assertThat(dates(PLAN_2024, "三季度末前建成急救分站")).containsExactly("2024-09-30");
    }

    @Test
    void nextYearInASummaryIsTheYearAfterTheReviewedOne() {
        assertThat(dates(ANNUAL_SUMMARY_2023, "明年将启动区妇幼保健院迁建工程")).containsExactly("2024-12-31");
        assertThat(dates(PLAN_2024, "明年底前建成区域医疗中心")).containsExactly("2025-12-31");
    }

    @Test
    void namedYearsGiveTheirLastDay() {
        assertThat(dates(PLAN_2024, "到2025年,每千人口拥有3岁以下婴幼儿托位数达到4.5个")).containsExactly("2025-12-31");
        assertThat(dates(PLAN_2024, "2025年前实现电子健康档案向个人开放")).containsExactly("2025-12-31");
        assertThat(dates(PLAN_2024, "2026年底基本建成健康县区")).containsExactly("2026-12-31");
    }

    @Test
    void fiveYearPlanPeriodsEndWithTheirLastYear() {
        assertThat(dates(PLAN_2024, "“十四五”期间建成5个市级区域医疗中心")).containsExactly("2025-12-31");
        assertThat(dates(PLAN_2024, "到十四五末,人均预期寿命提高1岁")).containsExactly("2025-12-31");
        assertThat(dates(PLAN_2024, "到“十四五”期末,每千人口床位达到6张")).containsExactly("2025-12-31");
        assertThat(dates(PLAN_2024, "十五五时期全面建成整合型服务体系")).containsExactly("2030-12-31");
        assertThat(dates(timeline("plan", 2018, null, null), "十三五末实现全覆盖")).containsExactly("2020-12-31");
    }

    @Test
    void yearsCountedFromThePlanYearIncludeIt() {
        assertThat(dates(PLAN_2024, "用三年时间完成村卫生室标准化建设")).containsExactly("2026-12-31");
        assertThat(dates(PLAN_2024, "两年内实现二级以上医院检查结果互认")).containsExactly("2025-12-31");
        assertThat(dates(PLAN_2024, "疾控机构均于2025年内完成改革")).as("a year's 年内 counts no years").containsExactly("2025-12-31");
        assertThat(dates(PLAN_2024, "疾控机构均于2022年内完成改革")).as("a past year is no limit").isEmpty();
    }

    @Test
    void pastYearsPlanNamesAndSlogansAreNotTimeLimits() {
        assertThat(dates(PLAN_2024, "巩固2022年创建成果")).isEmpty();
        assertThat(dates(PLAN_2024, "落实《健康某市行动(2021-2025年)》")).isEmpty();
        assertThat(dates(PLAN_2024, "编制“十四五”卫生健康规划中期评估报告")).isEmpty();
        assertThat(dates(PLAN_2024, "启动基层卫生提质三年行动")).isEmpty();
        assertThat(dates(SPEECH_MARCH_2020, "今年以来全市共接种疫苗2万剂次")).isEmpty();
        // the end of a past year is no 年底 of the plan's own
        assertThat(dates(PLAN_2024, "2022年底,全县注册护士总数达到1200人")).isEmpty();
        assertThat(dates(PLAN_2024, "二〇二二年末全县共有村卫生室120个")).isEmpty();
    }

    @Test
    void severalLimitsAreFoundLeftToRight() {
        assertThat(raws(SPEECH_MARCH_2020, "3月底前完成方案制定,年底前全面完成建设"))
                .containsExactly("3月底前", "年底前");
    }

    @Test
    void quartersMidYearAndYearsWrittenInChineseNumerals() {
        assertThat(dates(PLAN_2024, "康复中心工程预计明年第一季完成")).containsExactly("2025-03-31");
        assertThat(dates(PLAN_2024, "卫生中心将于明年中投入服务")).containsExactly("2025-06-30");
        assertThat(dates(PLAN_2024, "希望在二〇二六年初步建成综合体")).containsExactly("2026-12-31");
    }

    @Test
    void theNextYearsCountFromThePlanYear() {
        assertThat(dates(PLAN_2024, "未来三年新增病床1500张")).containsExactly("2026-12-31");
    }

    @Test
    void aFiveYearPlanAlreadyOverIsNoLimit() {
        assertThat(dates(PLAN_2024, "“十三五”时期全市新建医院5家")).isEmpty();
        assertThat(dates(PLAN_2024, "到“十五五”末基本建成")).containsExactly("2030-12-31");
    }

    @Test
    void aTaiwanReportCountsYearsFromTheRepublic() {
        Timeline taiwan = Timeline.of(new ReportMetadata(null, null, "台湾省", null, "台湾省", "province", "plan", 2024, null, "traditional"));
        assertThat(dates(taiwan, "预计115年底前完成长照据点布建")).containsExactly("2026-12-31");
        assertThat(raws(taiwan, "预计115年底前完成长照据点布建")).containsExactly("115年底前");
        // outside Taiwan 115年 is no year, and the 年底前 of a number is no 年底前 of the report's own
        assertThat(raws(PLAN_2024, "预计115年底前完成长照据点布建")).isEmpty();
    }

    @Test
    void aDateThatLostItsMonthIsRepairedWhenUnambiguous() {
        assertThat(dates(PLAN_2024, "各地于515日前报送统计数据")).containsExactly("2024-05-15");
        assertThat(dates(PLAN_2024, "1130日前完成验收")).containsExactly("2024-11-30");
        assertThat(dates(PLAN_2024, "111日前完成验收")).isEmpty();
    }

    @Test
    void aPlenumOfThePartyIsNoMidYear() {
        assertThat(dates(PLAN_2024, "全面贯彻党的二十届三中全会精神")).isEmpty();
        assertThat(dates(PLAN_2024, "年中完成改造")).containsExactly("2024-06-30");
    }

    @Test
    void aYearQualifyingADocumentIsNoLimit() {
        assertThat(dates(PLAN_2024, "跟进2017年发表的《医疗人力规划检讨》的多项建议")).isEmpty();
        assertThat(dates(PLAN_2024, "2025年建成区域医疗中心")).containsExactly("2025-12-31");
    }

    @Test
    void aYearThatNamesTheMeetingASpeechIsGivenAtIsNoLimit() {
        assertThat(dates(SPEECH_MARCH_2020, "县委常委将在2020年全县卫生健康工作会议上作重要讲话")).isEmpty();
        assertThat(dates(SPEECH_MARCH_2020, "2020年全县要新建村卫生室20所")).containsExactly("2020-12-31");
    }
}
