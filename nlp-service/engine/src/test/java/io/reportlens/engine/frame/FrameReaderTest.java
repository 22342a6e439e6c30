package io.reportlens.engine.frame;

import io.reportlens.engine.model.ReportMetadata;
import io.reportlens.engine.model.SourceHints;
import io.reportlens.engine.normalize.NormalizedText;
import io.reportlens.engine.sections.SectionParser;
import io.reportlens.engine.text.Sentence;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FrameReaderTest {

    private static final FrameReader READER = new FrameReader();

    private static ReportFrame read(String text) {
        return READER.read(new NormalizedText(text, "simplified"), null, SourceHints.none());
    }

    private static ReportFrame frame(String text, String docType, int periodYear) {
        ReportMetadata report = new ReportMetadata(null, null, null, null, null, null, docType, periodYear, null, "simplified");
        return FrameReader.frame(text, report, new SectionParser().parse(text, report));
    }

    /** The orientation of the sentence holding {@code fragment}. */
    private static Orientation of(ReportFrame frame, String text, String fragment) {
        int at = text.indexOf(fragment);
        assertThat(at).as(fragment).isGreaterThanOrEqualTo(0);
        return frame.orientation(frame.sentenceIndexAt(at));
    }

    @Test
    void aReviewParagraphInsideAPlanLooksBack() {
        String text = "某县卫生健康事业发展规划\n“十三五”期间,全县已建成标准化村卫生室85个,群众看病难问题得到缓解。\n"
                + "一、主要任务\n新建县妇幼保健院,提升服务能力。";
        ReportFrame frame = frame(text, "plan", 2021);
        assertThat(of(frame, text, "已建成标准化村卫生室")).isEqualTo(Orientation.BACK);
        assertThat(of(frame, text, "新建县妇幼保健院")).isEqualTo(Orientation.FORWARD);
    }

    @Test
    void aForwardSentenceInsideAReviewLooksForward() {
        String text = "一、2023年工作总结\n全年开展义诊120场。下一步,将于年底前完成县医院改扩建。\n";
        ReportFrame frame = frame(text, "summary", 2023);
        assertThat(of(frame, text, "全年开展义诊")).isEqualTo(Orientation.BACK);
        assertThat(of(frame, text, "将于年底前完成")).isEqualTo(Orientation.FORWARD);
    }

    @Test
    void newsOfAMeetingLooksBackWhereItReviewsAndForwardWhereItRequires() {
        String text = "3月2日,2024年全县卫生健康工作会议召开。\n"
                + "会议指出,2023年全县卫生健康系统完成了各项目标任务,荣获省级先进单位。\n"
                + "会议要求,2024年全县卫生健康系统要聚焦重点任务。一是提升基层服务能力。二是深化医共体建设。";
        ReportFrame frame = read(text);
        assertThat(frame.report().docType()).isEqualTo("speech");
        assertThat(of(frame, text, "3月2日")).as("the day the meeting was held").isEqualTo(Orientation.BACK);
        assertThat(of(frame, text, "完成了各项目标任务")).isEqualTo(Orientation.BACK);
        assertThat(of(frame, text, "要聚焦重点任务")).isEqualTo(Orientation.FORWARD);
        assertThat(of(frame, text, "二是深化医共体建设")).as("an item continues its lead").isEqualTo(Orientation.FORWARD);
    }

    @Test
    void theItemsAForwardLeadOpensOnTheLinesAfterItLookForwardWithIt() {
        String text = "1月7日,2026年全省卫生健康工作会议召开。会议提出,2026年全省卫生健康系统要推动资源向基层倾斜。\n"
                + "一是坚持政治引领,全面落实党的建设责任。\n二是坚持强基固本,推进紧密型医共体建设。深化县域医疗改革。\n"
                + "会议表彰了2025年度先进集体。\n";
        ReportFrame frame = read(text);
        assertThat(of(frame, text, "一是坚持政治引领")).isEqualTo(Orientation.FORWARD);
        assertThat(of(frame, text, "深化县域医疗改革")).isEqualTo(Orientation.FORWARD);
        assertThat(of(frame, text, "会议表彰了")).as("a line that opens no item ends the list").isNotEqualTo(Orientation.FORWARD);
    }

    @Test
    void inNewsOfAMeetingASentenceOpeningWithItsYearTellsThatYearsWork() {
        String text = "近日,全县卫生健康工作会议召开,研究部署2025年工作任务。\n"
                + "2024年,全县卫生健康系统坚持人民至上,各项工作取得新成效。\n"
                + "今年,全县卫生健康工作坚持以基层为重点,实施卫生健康七大工程。\n";
        ReportFrame frame = read(text);
        assertThat(frame.report().periodYear()).isEqualTo(2025);
        assertThat(of(frame, text, "实施卫生健康七大工程")).isEqualTo(Orientation.FORWARD);
        assertThat(of(frame, text, "各项工作取得新成效")).isEqualTo(Orientation.BACK);
        String done = "近日,全县卫生健康工作会议召开,研究部署2025年工作任务。\n今年,全县已完成了村卫生室标准化建设。\n";
        assertThat(of(read(done), done, "已完成了村卫生室")).as("the year's work told as done").isNotEqualTo(Orientation.FORWARD);
        String summary = "一、2025年工作总结\n今年,全县卫生健康工作坚持以基层为重点,实施卫生健康七大工程。\n";
        assertThat(of(frame(summary, "summary", 2025), summary, "实施卫生健康七大工程")).as("a review's year is no meeting's")
                .isNotEqualTo(Orientation.FORWARD);
    }

    @Test
    void jiangTakingAnObjectIsNoFuture() {
        String text = "一、主要工作成效\n全县将健康融入所有政策,把健康教育纳入学校课程。";
        assertThat(of(frame(text, "summary", 2023), text, "将健康融入")).isEqualTo(Orientation.BACK);
    }

    @Test
    void jiangBeforeFromLooksForward() {
        String text = "一、主要工作成效\n全县家庭医生签约率达到75%。\n今年,全县将从三个方面推进紧密型县域医共体建设。";
        assertThat(of(frame(text, "summary", 2023), text, "今年,全县将从")).isEqualTo(Orientation.FORWARD);
    }

    @Test
    void jiangBeforeAnAdverbOfMannerOrAVerbOfAPlanLooksForward() {
        String text = "2023年,全县家庭医生签约率达到75%。\n2024年,全县将扎实推进紧密型县域医共体建设;将深化公立医院改革;将着重抓好妇幼健康。";
        ReportFrame frame = frame(text, "speech", 2024);
        assertThat(of(frame, text, "将扎实推进")).isEqualTo(Orientation.FORWARD);
        assertThat(of(frame, text, "将深化公立医院改革")).isEqualTo(Orientation.FORWARD);
        assertThat(of(frame, text, "将着重抓好")).isEqualTo(Orientation.FORWARD);
        String aimed = "2024年,全县家庭医生签约率达到75%。\n2024年,全县将锚定健康县城建设目标,推进医共体改革。会议明确,今年全县将打好基层服务能力提升攻坚战。";
        ReportFrame frame2 = frame(aimed, "speech", 2024);
        assertThat(of(frame2, aimed, "将锚定健康县城")).isEqualTo(Orientation.FORWARD);
        assertThat(of(frame2, aimed, "将打好基层服务")).isEqualTo(Orientation.FORWARD);
        String helped = "2024年全县家庭医生签约率达到75%。此外,当局还将协助康复中心扩建为拥有100张病床的康复医院。";
        assertThat(of(frame(helped, "summary", 2024), helped, "还将协助康复中心")).isEqualTo(Orientation.FORWARD);
    }

    @Test
    void aYearALimitPrepositionStandsBeforeLooksForwardWhenNoYearIsKnown() {
        String text = "合理膳食是健康的基础。到2027年和2035年,全省居民健康素养水平分别不低于28%和35%。\n";
        ReportMetadata report = new ReportMetadata(null, null, null, null, null, null, null, null, null, "simplified");
        ReportFrame frame = FrameReader.frame(text, report, new SectionParser().parse(text, report));
        assertThat(of(frame, text, "健康素养水平")).isEqualTo(Orientation.FORWARD);
    }

    @Test
    void theItemsOfALeadThatArrangesWorkLookForwardWhateverTenseTheLeadIsIn() {
        String text = "会议回顾了2022年工作。局长对2023年全区卫生健康工作作了全面部署。一是织密公共卫生防护网;二是提升基层服务能力。\n";
        ReportFrame frame = frame(text, "speech", 2023);
        assertThat(of(frame, text, "织密公共卫生防护网")).isEqualTo(Orientation.FORWARD);
        assertThat(of(frame, text, "提升基层服务能力")).isEqualTo(Orientation.FORWARD);
        // a lead that reviews keeps its items looking back
        String review = "会议回顾了2022年工作。局长对2022年全区卫生健康工作进行了全面总结。一是织密公共卫生防护网;二是提升基层服务能力。\n";
        assertThat(of(frame(review, "speech", 2023), review, "织密公共卫生防护网")).isEqualTo(Orientation.BACK);        // the lead's colon opens the first item in its own sentence
        String colon = "近日,某镇召开卫生工作会。会议就今年工作作了安排:一是抓好慢病随访;二是建好村卫生室。\n";
        ReportFrame inline = frame(colon, "speech", 2023);
        assertThat(of(inline, colon, "抓好慢病随访")).isEqualTo(Orientation.FORWARD);
        assertThat(of(inline, colon, "建好村卫生室")).isEqualTo(Orientation.FORWARD);
        String summed = "近日,某镇召开卫生工作会。会议对去年工作进行了总结:一是抓好慢病随访;二是建好村卫生室。\n";
        assertThat(of(frame(summed, "speech", 2023), summed, "建好村卫生室")).isNotEqualTo(Orientation.FORWARD);
    }

    @Test
    void theSentencesAfterALeadNamingTheComingWorkLookForwardInItsParagraph() {
        String text = "3月2日,市卫健委召开新闻通气会。会上介绍了2024年重点工作。扩大家庭医生签约覆盖面;新建社区医院3家。\n本次会议共有30人参加。\n";
        ReportFrame frame = frame(text, "speech", 2024);
        assertThat(of(frame, text, "扩大家庭医生签约覆盖面")).isEqualTo(Orientation.FORWARD);
        assertThat(of(frame, text, "新建社区医院3家")).isEqualTo(Orientation.FORWARD);
        assertThat(of(frame, text, "本次会议共有30人参加")).as("the next paragraph is its own").isNotEqualTo(Orientation.FORWARD);
        String course = "3月2日,会议总结2023年工作,部署2024年工作。扩大家庭医生签约覆盖面。\n";
        assertThat(of(frame(course, "speech", 2024), course, "扩大家庭医生签约覆盖面"))
                .as("the meeting's course names no work to come").isNotEqualTo(Orientation.FORWARD);
    }

    @Test
    void wordsOfResolveInAReviewTellHowFirmlyTheWorkWasDone() {
        String text = "某市卫生健康委2024年工作总结和2025年工作要点\n2024年工作总结\n"
                + "持续跟进督办,确保各项部署件件有着落,坚决做到令行禁止。全年开展培训12次。\n"
                + "2025年工作要点\n确保完成村卫生室标准化建设。\n";
        ReportFrame frame = read(text);
        assertThat(frame.report().docType()).isEqualTo("summary_and_plan");
        assertThat(of(frame, text, "确保各项部署件件有着落")).isEqualTo(Orientation.BACK);
        assertThat(of(frame, text, "确保完成村卫生室标准化建设")).isEqualTo(Orientation.FORWARD);
        String review = "一、2024年工作总结\n全年开展培训12次。下一步,要确保村卫生室全部达标。\n";
        assertThat(of(frame(review, "summary", 2024), review, "要确保村卫生室")).as("a modal still turns it").isEqualTo(Orientation.FORWARD);
    }

    @Test
    void newsOfWhatWasDoneSinceLastYearAndReachedAheadOfTimeReviewsLastYear() {
        String news = "健康某省建设成效显著\n2024-02-11 07:43:13 来源:某省新闻网\n"
                + "60.5%的行动指标提前达到国家2030年目标要求\n"
                + "记者从省卫健委获悉,2023年以来健康某省建设成色更足,60.5%的行动指标提前达到国家2030年目标要求;"
                + "全省千人口托位数4.17个,居全国前列。全省胸痛中心实现县域全覆盖。创建医防融合示范区10个。\n";
        ReportFrame frame = read(news);
        assertThat(frame.report().docType()).isEqualTo("summary");
        assertThat(frame.report().periodYear()).isEqualTo(2023);
    }

    @Test
    void aProgrammeNamedAPlanIsNoIntent() {
        String text = "2023年全县卫生健康工作总结\n全年筹措资金2亿元实施妇幼健康惠民政策,实施儿童健康行动提升计划、健康中国行动计划。\n";
        ReportFrame frame = frame(text, "summary", 2023);
        assertThat(of(frame, text, "实施儿童健康行动提升计划")).isNotEqualTo(Orientation.FORWARD);
        String intent = "一、2023年工作总结\n全年开展义诊120场。\n二、2024年工作计划\n计划新建村卫生室5个。\n";
        assertThat(of(frame(intent, "summary_and_plan", 2023), intent, "计划新建村卫生室")).isEqualTo(Orientation.FORWARD);
    }

    @Test
    void aWeakCueDoesNotTurnASentenceAgainstItsParagraph() {
        String text = "一、工作开展情况\n对拟提拔干部开展廉政审查42人次,按计划完成培训。";
        assertThat(of(frame(text, "summary", 2023), text, "拟提拔干部")).isEqualTo(Orientation.BACK);
    }

    @Test
    void eachClauseCanSayItsOwnOrientation() {
        String text = "二、下一步打算\n目前已建成胸痛中心3家,力争年底前达到5家。";
        ReportFrame frame = frame(text, "summary_and_plan", 2023);
        int built = text.indexOf("目前已建成");
        int aim = text.indexOf("力争");
        assertThat(frame.orientationOf(built, aim - 1)).isEqualTo(Orientation.BACK);
        assertThat(frame.orientationOf(aim, text.length() - 1)).isEqualTo(Orientation.FORWARD);
    }

    @Test
    void yearsBeforeTheReportsOwnLookBackAndLaterOnesForward() {
        String text = "2020年全市人均预期寿命为77.8岁。到2025年人均预期寿命达到79岁。";
        ReportFrame frame = frame(text, "plan", 2021);
        assertThat(of(frame, text, "2020年全市")).isEqualTo(Orientation.BACK);
        assertThat(of(frame, text, "到2025年")).isEqualTo(Orientation.FORWARD);
    }

    @Test
    void sentencesAreSplitOnceForEveryStage() {
        String text = "一、重点任务\n年内建成3家;完成改造。";
        ReportFrame frame = frame(text, "plan", 2024);
        assertThat(frame.sentences()).extracting(s -> s.text(text)).containsExactly("一、重点任务", "年内建成3家", "完成改造");
        Sentence second = frame.sentences().get(1);
        assertThat(frame.sentenceAt(second.start() + 1)).isEqualTo(second);
    }

    @Test
    void huiBeforeAVerbIsTheFutureOfAPolicyAddressButNotAMeeting() {
        String text = "政府会继续增加公营医院病床。\n去年召开了医务委员会会议。";
        ReportFrame frame = frame(text, null, 2014);
        assertThat(of(frame, text, "政府会继续")).isEqualTo(Orientation.FORWARD);
        assertThat(of(frame, text, "召开了医务委员会会议")).isEqualTo(Orientation.BACK);
        assertThat(OrientationCues.hasModal("社区居委会开展健康咨询活动")).as("a committee, not a will").isFalse();
    }

    @Test
    void aComparisonOrAnExistingBaseDoesNotMakeAPlanLookBack() {
        String text = "一、主要目标\n在已有基础上,门诊量同比增长5%。";
        assertThat(of(frame(text, "plan", 2024), text, "门诊量同比增长")).isEqualTo(Orientation.FORWARD);
    }

    @Test
    void jiangBeforeWhatWasSecuredTakesAnObjectAndPromisesNothing() {
        assertThat(OrientationCues.hasModal("县红十字会将争取到的慰问物资发放到各乡镇")).isFalse();
        assertThat(OrientationCues.hasModal("县红十字会将争取更多慰问物资")).isTrue();
        assertThat(OrientationCues.hasModal("把学习贯彻二十大精神作为首要政治任务")).as("首要 is primary, no must").isFalse();
        assertThat(OrientationCues.hasModal("下面,我简要讲三点意见")).isFalse();
        assertThat(OrientationCues.hasModal("全县上下要把学习贯彻二十大精神作为首要政治任务")).isTrue();
        String text = "一、工作开展情况\n县红十字会将争取到的慰问物资发放到各乡镇,价值3.3万元。继续开展救助工作,救助困难群众133名。\n";
        ReportFrame frame = frame(text, "summary", 2024);
        assertThat(of(frame, text, "救助困难群众133名")).isNotEqualTo(Orientation.FORWARD);
    }

    @Test
    void lifeExpectancyIsAnIndicatorNotAHope() {
        int now = 2023;
        String stated = "全县居民人均期望寿命为79.6岁";
        assertThat(OrientationCues.score(stated, 0, stated.length(), now)).isZero();
        String hoped = "我们期望全县居民健康水平再上新台阶";
        assertThat(OrientationCues.score(hoped, 0, hoped.length(), now)).isPositive();
    }

    @Test
    void aSpanWithinTheYearDoesNotTurnAReviewForward() {
        String review = "一、2023年工作回顾\n全县新建村卫生室12所。年内,有在职职工638人,其中执业医师521人。\n";
        assertThat(of(frame(review, "summary", 2023), review, "有在职职工638人")).isEqualTo(Orientation.BACK);
        String promised = "一、2023年工作回顾\n全县新建村卫生室12所。年内将完成县医院主体工程。\n";
        assertThat(of(frame(promised, "summary", 2023), promised, "年内将完成")).as("a modal still says so").isEqualTo(Orientation.FORWARD);
    }

    @Test
    void aHeadingThatSetsOutToRemedyAShortfallHeadsWorkToDo() {
        String plan = "2024年工作计划\n一、补齐公共卫生短板\n加快县疾控中心建设,年内完成主体工程。\n二、存在的问题和不足\n基层人才仍然短缺。\n";
        ReportFrame frame = frame(plan, "plan", 2024);
        assertThat(of(frame, plan, "年内完成主体工程")).isEqualTo(Orientation.FORWARD);
        assertThat(frame.sectionKindAt(plan.indexOf("基层人才"))).isEqualTo("problems");
    }

    @Test
    void aMeetingsNameIsNoFuture() {
        String text = "一、工作开展情况\n3月召开全县卫生健康工作会,部署各项任务。";
        assertThat(of(frame(text, "summary", 2023), text, "召开全县卫生健康工作会")).isEqualTo(Orientation.BACK);
        assertThat(OrientationCues.hasModal("2023年全县卫生健康工作会召开")).isFalse();
    }

    @Test
    void aPastThatQualifiesANounIsNotWhatTheSentenceSays() {
        String text = "会议指出,2024年全县卫生健康工作要巩固已经取得的成绩,推进医共体建设。";
        assertThat(of(frame(text, "speech", 2024), text, "巩固已经取得的成绩")).isEqualTo(Orientation.FORWARD);
        String since = "5年来,全县人均预期寿命提高到79岁。";
        assertThat(of(frame(since, "speech", 2024), since, "5年来")).isEqualTo(Orientation.BACK);
    }

    @Test
    void aDayOnWhichSomethingHappenedLooksBackButADayThatBoundsATimeDoesNot() {
        String text = "二、工作目标\n6月12日,镇卫生院组织家庭医生开展义诊活动。\n2025年6月30日前完成全部村卫生室改造。\n自3月1日起实行预约诊疗。";
        ReportFrame frame = frame(text, "plan", 2025);
        assertThat(of(frame, text, "6月12日,镇卫生院")).isEqualTo(Orientation.BACK);
        assertThat(of(frame, text, "6月30日前完成")).isEqualTo(Orientation.FORWARD);
        assertThat(of(frame, text, "自3月1日起")).isEqualTo(Orientation.FORWARD);
        String toCome = "一、工作安排\n县卫健局将于九月二十日召开推进会。";
        assertThat(of(frame(toCome, "plan", 2025), toCome, "将于九月二十日")).isEqualTo(Orientation.FORWARD);
    }

    @Test
    void aPlanThatSaysSoOfItselfStaysAPlanThoughItOpensWithAReview() {
        String review = "一、发展现状\n去年以来,全县新建村卫生室12所,完成了乡镇卫生院改造。\n已累计培训乡村医生320人次。\n截至年底,签约覆盖率达到了68%。\n";
        String declared = "为提升全县基层医疗服务能力,结合我县实际,制定本方案。\n" + review + "二、主要任务\n新建村卫生室10所。";
        assertThat(read(declared).report().docType()).isEqualTo("plan");
        String chapters = "第一章 发展基础\n" + review.substring(review.indexOf('\n') + 1) + "第二章 主要任务\n新建村卫生室10所。";
        assertThat(read(chapters).report().docType()).isEqualTo("plan");
        assertThat(read(review).report().docType()).as("the same review alone").isEqualTo("summary");
        String named = "为加快我县卫生事业发展,现结合实际,特制定某县卫生事业发展“十五五”规划。\n" + review + "二、主要任务\n新建村卫生室10所。";
        assertThat(read(named).report().docType()).as("a plan that names itself").isEqualTo("plan");
    }

    @Test
    void theItemsOfATaskLeadLookForwardWhateverTenseTheLeadIsToldIn() {
        String text = "全区卫生健康工作会议召开\n会议总结了2022年工作,并明确了2023年重点工作任务:抓疫情防控,守牢安全底线;抓医共体建设,提升服务能力。\n"
                + "会议通报了2022年工作考核结果:已完成目标任务的全部指标;";
        ReportFrame frame = frame(text, "speech", 2023);
        assertThat(of(frame, text, "并明确了2023年重点工作任务")).isEqualTo(Orientation.FORWARD);
        assertThat(of(frame, text, "抓医共体建设")).isEqualTo(Orientation.FORWARD);
        assertThat(of(frame, text, "已完成目标任务的全部指标")).as("items that say they are done").isEqualTo(Orientation.BACK);
        String each = "全省卫生健康工作会议召开\n会议总结了2025年工作。十大重点任务分别为:加强党建引领;新建3支省级医疗应急队;推进7类微改革。\n";
        assertThat(of(frame(each, "speech", 2026), each, "新建3支省级医疗应急队")).isEqualTo(Orientation.FORWARD);
        String course = "会议指出,2023年,全区卫生健康工作的具体思路是:抓医共体建设,提升服务能力。\n";
        assertThat(of(frame(course, "speech", 2023), course, "具体思路是")).isEqualTo(Orientation.FORWARD);
    }

    @Test
    void theTimeOfAFiveYearPlanLooksBackOrForwardByWhereItStandsFromNow() {
        String text = "一、2021年工作总结\n“十三五”期间,全区新建乡镇卫生院6所。\n区中医院正式开工建设,争取“十四五”期间投入使用。\n";
        ReportFrame frame = frame(text, "summary", 2021);
        assertThat(of(frame, text, "全区新建乡镇卫生院")).isEqualTo(Orientation.BACK);
        assertThat(of(frame, text, "争取“十四五”期间投入使用")).as("期间 of the plan under way is no past")
                .isEqualTo(Orientation.FORWARD);
    }

    @Test
    void recentYearsAndWorkUnderWayLookBack() {
        String text = "二、下一步工作\n近几年,全县争取上级资金合计5000万元,改善了基础设施。其中基本建设资金2000万元。\n产业园项目目前正在办理前期手续。\n新建县中医院住院楼。";
        ReportFrame frame = frame(text, "plan", 2024);
        assertThat(of(frame, text, "近几年")).isEqualTo(Orientation.BACK);
        assertThat(of(frame, text, "其中基本建设资金")).as("其中 goes on with its sentence").isEqualTo(Orientation.BACK);
        assertThat(of(frame, text, "目前正在办理")).isEqualTo(Orientation.BACK);
        assertThat(of(frame, text, "新建县中医院")).isEqualTo(Orientation.FORWARD);
    }

    @Test
    void aPurposeClauseLeavesTheSentenceToItsParagraph() {
        String review = "一、2023年工作总结\n完成生育服务登记56例,确保一个不漏。\n";
        assertThat(of(frame(review, "summary", 2023), review, "完成生育服务登记")).isEqualTo(Orientation.BACK);
        String plan = "一、2024年工作计划\n加强督导检查,确保各项工作落实。\n";
        assertThat(of(frame(plan, "plan", 2024), plan, "加强督导检查")).isEqualTo(Orientation.FORWARD);
        String promise = "一、2023年工作总结\n全年开展义诊120场。确保年底前完成县医院改扩建。\n";
        assertThat(of(frame(promise, "summary", 2023), promise, "确保年底前")).as("確保 opening its sentence still promises").isEqualTo(Orientation.FORWARD);
    }

    @Test
    void aTextReadAsAPlanByItsSentencesTakesAPlansYear() {
        String text = "日,某市印发了《某市卫生健康事业发展“十四五”规划》。根据规划,“十四五”时期,某市将新建三级医院3家。"
                + "到2025年,全市人均预期寿命将达到82岁,每千人口床位数将达到6张,每千人口执业(助理)医师数将达到3.2人。";
        ReportFrame frame = read(text);
        assertThat(frame.report().docType()).isEqualTo("plan");
        assertThat(frame.report().periodYear()).isEqualTo(2021);
    }

    @Test
    void theEndOfASpanOfYearsIsNoLimitAheadByItself() {
        String text = "党的十八大以来,全区卫生健康事业发展成效显著。2013年至2022年,全区每千人口床位数从3.2张增加到6.3张。";
        assertThat(of(read(text), text, "2013年至2022年")).isNotEqualTo(Orientation.FORWARD);
        String plan = "全区卫生健康事业稳步发展。到2030年,全区每千人口床位数达到7张。";
        assertThat(of(read(plan), plan, "到2030年")).isEqualTo(Orientation.FORWARD);
    }
}
