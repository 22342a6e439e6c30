package io.reportlens.engine.sections;

import io.reportlens.engine.SampleReport;
import io.reportlens.engine.model.ReportMetadata;
import io.reportlens.engine.model.Section;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SectionParserTest {

    private final SectionParser parser = new SectionParser();

    @Test
    void buildsTheHeadingTreeWithKindsYearsAndLevels() {
        List<Section> sections = parser.parse(SampleReport.NORMALIZED, null);
        assertThat(sections).extracting(Section::heading, Section::level, Section::kind, Section::year).containsExactly(
                tuple("一、2023年主要工作情况", 1, "review", 2023),
                tuple("(一)提升基层服务能力", 2, "review", 2023),
                tuple("一是推进家庭医生签约服务,重点人群签约率达65.2%", 5, "review", 2023),
                tuple("二是开展健康义诊活动36场", 5, "review", 2023),
                tuple("(二)加强疾病预防控制", 2, "review", 2023),
                tuple("二、存在问题", 1, "problems", null),
                tuple("三、2024年工作计划", 1, "plan", 2024),
                tuple("(一)深化医药卫生体制改革", 2, "plan", 2024),
                tuple("(二)强化公共卫生服务", 2, "plan", 2024));
    }

    @Test
    void aLineThatOnlyNamesAPartHeadsItThoughUnnumbered() {
        String text = "某县卫生健康局2024年工作总结和2025年工作计划\n2024年工作总结\n全年开展义诊36场。\n"
                + "2025年工作计划\n新建村卫生室5个。\n全县卫生健康工作总结如下:开展义诊36场。\n";
        List<Section> sections = parser.parse(text, null);
        assertThat(sections).extracting(Section::heading, Section::level, Section::kind, Section::year).containsExactly(
                tuple("2024年工作总结", 1, "review", 2024),
                tuple("2025年工作计划", 1, "plan", 2025));
        String notice = "某省卫生健康委关于印发2025年全省卫生健康工作要点的通知\n各市卫生健康委:\n现将《2025年全省卫生健康工作要点》印发给你们。\n"
                + "2025年全省卫生健康工作要点\n全省卫生健康系统要坚持以人民健康为中心。\n";
        ReportMetadata report = new ReportMetadata("2025年全省卫生健康工作要点", null, null, null, null, null, "plan", 2025, null, "simplified");
        assertThat(parser.parse(notice, report)).as("the title under its notice heads no part").isEmpty();
    }

    @Test
    void aSectionEndsWhereTheNextHeadingOfTheSameOrHigherLevelStarts() {
        String text = SampleReport.NORMALIZED;
        List<Section> sections = parser.parse(text, null);
        Section review = sections.get(0);
        Section problems = sections.get(5);
        assertThat(text.substring(review.start(), review.end())).startsWith("一、2023年").endsWith("传染病报告及时率100%。");
        assertThat(review.end()).isEqualTo(problems.start() - 1);
        Section last = sections.get(sections.size() - 1);
        assertThat(last.end()).isEqualTo(text.length());
        for (Section s : sections) {
            assertThat(text.substring(s.start(), s.start() + s.heading().length())).isEqualTo(s.heading());
        }
    }

    @Test
    void aReviewAndPlansWeakHeadingBeforeItsPlanHeadsWorkReviewed() {
        String text = "一、基本情况\n全区常住人口32.9万人。\n二、重点措施\n梳理问题19条。\n三、2024年工作思路\n建成胸痛中心2家。";
        ReportMetadata both = new ReportMetadata("某区卫生健康局2023年工作总结及2024年工作思路", null, null, null, null, null,
                "summary_and_plan", 2023, null, "simplified");
        assertThat(parser.parse(text, both)).extracting(Section::heading, Section::kind).containsExactly(
                tuple("一、基本情况", "review"), tuple("二、重点措施", "review"), tuple("三、2024年工作思路", "plan"));
        // with no heading announcing the plan, a weak word still heads one
        String noPlanHeading = "一、基本情况\n全区常住人口32.9万人。\n二、重点任务\n建成胸痛中心2家。";
        assertThat(parser.parse(noPlanHeading, both)).extracting(Section::kind).containsExactly("review", "plan");
    }

    @Test
    void aPointsLeadSentenceEndsWhereTheNextPointStarts() {
        String text = "一是加强队伍建设,二是完善工作机制。";
        List<Section> sections = parser.parse(text, null);
        assertThat(sections).extracting(Section::heading).containsExactly("一是加强队伍建设,", "二是完善工作机制");
        for (Section s : sections) {
            assertThat(s.end()).isGreaterThanOrEqualTo(s.start() + s.heading().length());
        }
    }

    @Test
    void headingsThatReportHowWorkWentAreReviews() {
        String text = "一、2023年重点工作开展情况\n(一)医改推进情况\n全市建成医共体8个。\n二、存在的问题和困难\n人才短缺。\n三、2024年工作打算\n建成医共体10个。";
        List<Section> sections = parser.parse(text, null);
        assertThat(sections).extracting(Section::heading, Section::kind).containsExactly(
                tuple("一、2023年重点工作开展情况", "review"),
                tuple("(一)医改推进情况", "review"),
                tuple("二、存在的问题和困难", "problems"),
                tuple("三、2024年工作打算", "plan"));
    }

    @Test
    void aPointThatReportsItsTargetsMetIsAReview() {
        String text = "会议将去年工作概括为两个兑现。\n一是年初确定的防控目标如期兑现。全年未发生重大疫情。二是年度重点任务全部兑现。新建村卫生室120个。";
        List<Section> sections = parser.parse(text, null);
        assertThat(sections).extracting(Section::kind).containsOnly("review");
    }

    @Test
    void aCompoundWithThePlanWordInItIsNoPlan() {
        String text = "一、今年以来工作开展情况\n(一)计划生育家庭扶助\n发放扶助金12万元。\n(二)计划免疫接种\n接种疫苗3000剂次。\n二、下步工作计划\n完成接种4000剂次。";
        List<Section> sections = parser.parse(text, null);
        assertThat(sections).extracting(Section::heading, Section::kind).containsExactly(
                tuple("一、今年以来工作开展情况", "review"),
                tuple("(一)计划生育家庭扶助", "review"),
                tuple("(二)计划免疫接种", "review"),
                tuple("二、下步工作计划", "plan"));
        assertThat(SectionKinds.classify("(三)计划生育奖励扶助工作", null)).isEqualTo("other");
    }

    @Test
    void arabicNumberedHeadingsAndEverythingInAPlanDocumentIsPlan() {
        String text = "全市卫生健康工作的总体思路是:守正创新。\n1.推进分级诊疗。建成医共体5个。\n(1)完善转诊机制。\n2.加强人才队伍建设。";
        ReportMetadata plan = new ReportMetadata(null, null, null, null, null, null, "plan", 2025, null, "simplified");
        List<Section> sections = parser.parse(text, plan);
        assertThat(sections).extracting(Section::heading, Section::level, Section::kind, Section::year).containsExactly(
                tuple("1.推进分级诊疗", 3, "plan", 2025),
                tuple("(1)完善转诊机制", 4, "plan", 2025),
                tuple("2.加强人才队伍建设", 3, "plan", 2025));
    }

    @Test
    void aNeutralHeadingAboutALaterYearThanTheReviewedOneIsThePlan() {
        String text = "一、2022年工作回顾\n全年完成任务。\n二、奋力推进2023年卫生健康工作\n(一)加快推进健康城市建设。";
        assertThat(parser.parse(text, null)).extracting(Section::kind).containsExactly("review", "plan", "plan");
    }

    @Test
    void aReviewSubheadingNamingFocalWorkStaysAReview() {
        String text = "一、主要工作成效\n(一)重点人群健康服务扎实推进。\n(二)存在的困难\n(三)下一步打算";
        assertThat(parser.parse(text, null)).extracting(Section::kind).containsExactly("review", "review", "problems", "plan");
    }

    @Test
    void decimalsDatesAndWordsWithShiAreNoHeadings() {
        String text = "4.94张床位。\n2023.5.6日完成。\n唯一是我们的目标,统一是关键。";
        assertThat(parser.parse(text, null)).isEmpty();
    }

    @Test
    void aHeadingOnAFiveYearPlansNameIsAPlanHeading() {
        String text = "二、存在的问题\n人员编制较少。\n三、十四五期间卫健发展规划\n一是建立健全卫生机构。\n四、2022年工作打算\n加快推进医改。\n";
        List<Section> sections = parser.parse(text, null);
        assertThat(sections).extracting(Section::heading, Section::kind).contains(tuple("三、十四五期间卫健发展规划", "plan"));
        assertThat(HeadingMarker.level("二、三级医院全部达标")).as("numerals listed").isZero();
    }

    @Test
    void aSummarysTopHeadingNamingItsFocusIsAReview() {
        String text = "一、聚焦核心任务,扎实推进卫生健康事业发展\n新增床位200张。\n二、2026年工作重点\n建成胸痛中心。\n";
        ReportMetadata summary = new ReportMetadata("某区卫健局2025年工作述职报告", null, null, null, null, null, "summary", 2025, null, "simplified");
        assertThat(parser.parse(text, summary)).extracting(Section::heading, Section::kind).containsExactly(
                tuple("一、聚焦核心任务,扎实推进卫生健康事业发展", "review"), tuple("二、2026年工作重点", "plan"));
        assertThat(parser.parse(text, null)).extracting(Section::kind).first().isEqualTo("plan");
    }
}
