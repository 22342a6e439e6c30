package io.reportlens.engine.commitments;

import io.reportlens.engine.frame.FrameReader;
import io.reportlens.engine.frame.ReportFrame;
import io.reportlens.engine.metadata.NewsLead;
import io.reportlens.engine.metrics.MetricExtractor;
import io.reportlens.engine.model.Commitment;
import io.reportlens.engine.model.Deadline;
import io.reportlens.engine.model.Metric;
import io.reportlens.engine.model.ReportMetadata;
import io.reportlens.engine.model.Section;
import io.reportlens.engine.sections.SectionParser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CommitmentExtractorTest {

    private final CommitmentExtractor extractor = new CommitmentExtractor();

    private static ReportMetadata meta(String docType, int periodYear, String published) {
        return meta(null, docType, periodYear, published);
    }

    private static ReportMetadata meta(String title, String docType, int periodYear, String published) {
        return new ReportMetadata(title, "某市卫生健康委员会", "某市", null, "某省", "city", docType, periodYear, published, "simplified");
    }

    private static Commitment containing(List<Commitment> commitments, String fragment) {
        return commitments.stream().filter(c -> c.text().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no commitment with " + fragment + " in " + commitments.stream().map(Commitment::text).toList()));
    }

    private static Section section(String text, String heading, String kind, Integer year, String nextHeading) {
        int start = text.indexOf(heading);
        int end = nextHeading == null ? text.length() : text.indexOf(nextHeading);
        return new Section(heading, 1, kind, year, start, end);
    }

    private static Metric target(String text, String quote, String raw, double value, String unit, String comparator) {
        int start = text.indexOf(quote);
        return new Metric("m-" + start, quote, null, value, null, unit, raw, comparator, "target", null, null, null, quote, start, start + quote.length());
    }

    private static final String HALF_YEAR = """
            某县卫健委2022年上半年工作总结及下半年工作安排
            一、上半年工作总结
            全县新建村卫生室12个,家庭医生签约率达到68%。年内计划的项目已开工5个。
            二、存在问题
            基层人才仍然短缺,每千人口执业医师数低于全省平均水平。
            三、下半年工作安排
            (一)补齐基层短板。年内,县人民医院要建成胸痛中心;各乡镇卫生院至少培养1名全科医生。确保家庭医生签约率达到75%以上。
            (二)加强疾病防控。持续做好传染病监测,及时处置突发疫情。
            """;

    private List<Commitment> halfYear() {
        List<Section> sections = List.of(
                section(HALF_YEAR, "一、上半年工作总结", "review", 2022, "二、存在问题"),
                section(HALF_YEAR, "二、存在问题", "problems", null, "三、下半年工作安排"),
                section(HALF_YEAR, "三、下半年工作安排", "plan", 2022, null));
        List<Metric> metrics = List.of(
                target(HALF_YEAR, "签约率达到75%以上", "75%以上", 75, "%", ">="),
                target(HALF_YEAR, "至少培养1名", "1名", 1, "名", ">="),
                new Metric("m-actual", "村卫生室", null, 12, null, "个", "12个", "=", "actual", 2022, null, null, "新建村卫生室12个",
                        HALF_YEAR.indexOf("新建村卫生室12个"), HALF_YEAR.indexOf("新建村卫生室12个") + 9));
        return extractor.extract("k", HALF_YEAR, FrameReader.frame(HALF_YEAR, meta("某县卫健委2022年上半年工作总结及下半年工作安排", "summary_and_plan", 2022, "2022-07-20"), sections), metrics);
    }

    @Test
    void onlySentencesOfThePlanPartAreCommitmentsAndTheirTextIsTheExactSpan() {
        List<Commitment> commitments = halfYear();
        assertThat(commitments).allSatisfy(c -> assertThat(HALF_YEAR.substring(c.start(), c.end())).isEqualTo(c.text()));
        assertThat(commitments).noneMatch(c -> c.text().contains("新建村卫生室12个") || c.text().contains("人才仍然短缺"));
        assertThat(commitments).noneMatch(c -> c.text().startsWith("(一)") || c.text().startsWith("三、"));
        assertThat(commitments).extracting(Commitment::text).contains("持续做好传染病监测,及时处置突发疫情");
    }

    @Test
    void aTimeLimitOpeningASentenceGovernsItsLaterClausesAndAHeadingsLimitItsSection() {
        List<Commitment> commitments = halfYear();
        assertThat(containing(commitments, "县人民医院要建成胸痛中心").deadlines()).containsExactly(new Deadline("年内", "2022-12-31"));
        assertThat(containing(commitments, "各乡镇卫生院至少培养").deadlines()).containsExactly(new Deadline("年内", "2022-12-31"));
        assertThat(containing(commitments, "确保家庭医生签约率").deadlines()).containsExactly(new Deadline("下半年", "2022-12-31"));
        assertThat(containing(commitments, "持续做好传染病监测").deadlines()).containsExactly(new Deadline("下半年", "2022-12-31"));
    }

    @Test
    void targetsAreTheTargetMetricsInsideTheSentenceLinkedById() {
        Commitment signing = containing(halfYear(), "确保家庭医生签约率");
        assertThat(signing.targets()).singleElement().satisfies(t -> {
            assertThat(t.metricId()).isEqualTo("m-" + HALF_YEAR.indexOf("签约率达到75%以上"));
            assertThat(t.value()).isEqualTo(75);
            assertThat(t.comparator()).isEqualTo(">=");
        });
        assertThat(signing.measurable()).isTrue();
        assertThat(signing.strength()).isEqualTo("firm");
        assertThat(signing.action()).isEqualTo("达到");
    }

    @Test
    void theTitleOfTheNoticeAPlanIsSentWithIsNoCommitment() {
        String text = "某省卫生健康委员会关于印发2026年全省卫生健康工作要点的通知\n各市卫生健康委:\n1.深化医改。年内建成紧密型医联体20个。";
        List<Commitment> found = withMetrics(text, FrameReader.frame(text, meta("plan", 2026, "2026-02-10"), List.of()));
        assertThat(found).extracting(Commitment::text).noneMatch(t -> t.contains("关于印发"));
        assertThat(found).extracting(Commitment::text).anyMatch(t -> t.contains("建成紧密型医联体20个"));
        // nor its sending sentence, nor the end of its title a line break cut from 关于印发《
        String cut = "某县卫生健康局关于印发《某县\n2026年健康促进工作实施方案》的通知 各乡镇:为做好工作\n"
                + "现将《某县2026年健康促进工作实施方案》印发给你们,请认真组织实施。\n一、工作目标\n年内建成健康促进医院5家。";
        List<Commitment> sent = withMetrics(cut, FrameReader.frame(cut, meta("plan", 2026, null), List.of()));
        assertThat(sent).extracting(Commitment::text).containsExactly("年内建成健康促进医院5家");
    }

    @Test
    void aCommitmentWithoutFigureOrTimeLimitIsNotMeasurable() {
        String text = "一、重点任务\n持续做好传染病监测,及时处置突发疫情。年底前建成胸痛中心。";
        List<Commitment> found = withMetrics(text, FrameReader.frame(text, meta("plan", 2024, null),
                new SectionParser().parse(text, meta("plan", 2024, null))));
        assertThat(containing(found, "持续做好传染病监测").measurable()).isFalse();
        assertThat(containing(found, "年底前建成胸痛中心").measurable()).isTrue();
    }

    @Test
    void ownersAreBodiesOtherThanTheIssuer() {
        List<Commitment> commitments = halfYear();
        assertThat(containing(commitments, "县人民医院要建成胸痛中心").owner()).isEqualTo("县人民医院");
        assertThat(containing(commitments, "各乡镇卫生院至少培养").owner()).isEqualTo("各乡镇卫生院");
        assertThat(containing(commitments, "确保家庭医生签约率").owner()).isNull();
    }

    @Test
    void topicsComeFromTheTaxonomyFallingBackOnTheItemHeading() {
        List<Commitment> commitments = halfYear();
        assertThat(containing(commitments, "确保家庭医生签约率").topic()).isEqualTo("基层卫生");
        assertThat(containing(commitments, "传染病监测").topic()).isEqualTo("公共卫生与疾控");
    }

    private static final String PLAN = """
            某市卫生健康委员会2024年工作要点
            现将2024年工作要点印发如下。
            2024年,全市卫生健康工作的总体思路是:坚持以人民健康为中心,推动卫生健康事业高质量发展。
            2024年,全市卫生健康系统要坚持以新时代党的卫生健康工作方针为指导,推动高质量发展。
            2024年,全市将重点抓好以下工作:
            1.深化医改。推广三明医改经验,年内紧密型县域医共体覆盖所有县区。
            2.加强人才队伍建设。招聘急需紧缺人才200名以上,探索开展县管乡用改革。
            3.加强中医药服务。基层中医馆实现全覆盖。
            """;

    @Test
    void inAPlanEverySentenceButHeadingsFramingAndListLeadsIsACommitment() {
        List<Commitment> commitments = withMetrics(PLAN, FrameReader.frame(PLAN, meta("plan", 2024, "2024-02-01"), List.of()));
        assertThat(commitments).extracting(Commitment::text).containsExactly(
                "2024年,全市卫生健康系统要坚持以新时代党的卫生健康工作方针为指导,推动高质量发展",
                "推广三明医改经验,年内紧密型县域医共体覆盖所有县区",
                "招聘急需紧缺人才200名以上,探索开展县管乡用改革",
                "基层中医馆实现全覆盖");
        assertThat(containing(commitments, "县域医共体").deadlines()).containsExactly(new Deadline("年内", "2024-12-31"));
        assertThat(containing(commitments, "县域医共体").topic()).isEqualTo("医改");
        assertThat(containing(commitments, "基层中医馆").topic()).isEqualTo("中医药");
        // the lead 2024年,…以下工作: governs every item of its list (spec §4)
        assertThat(containing(commitments, "基层中医馆").deadlines()).containsExactly(new Deadline("2024年", "2024-12-31"));
        assertThat(containing(commitments, "基层中医馆").measurable()).isTrue();
    }

    @Test
    void withoutClassifyingMetricsTheSentencesOwnFiguresStandIn() {
        ReportFrame frame = FrameReader.frame(PLAN, meta("plan", 2024, null), List.of());
        List<Metric> unclassed = new MetricExtractor().extract("k", PLAN, frame).stream().map(m -> new Metric(m.id(), m.indicator(),
                m.indicatorId(), m.value(), m.valueHigh(), m.unit(), m.raw(), m.comparator(), "actual", m.year(), m.region(),
                m.baseline(), m.text(), m.start(), m.end())).toList();
        Commitment talent = containing(extractor.extract("k", PLAN, frame, unclassed), "急需紧缺人才");
        assertThat(talent.targets()).singleElement().satisfies(t -> {
            assertThat(t.value()).isEqualTo(200);
            assertThat(t.unit()).isEqualTo("名");
            assertThat(t.comparator()).isEqualTo(">=");
            assertThat(t.metricId()).isEqualTo(unclassed.stream().filter(m -> m.value() == 200).findFirst().orElseThrow().id());
        });
        assertThat(talent.measurable()).isTrue();
        assertThat(talent.action()).isEqualTo("招聘");
        assertThat(talent.topic()).isEqualTo("人才与科教");
        assertThat(talent.strength()).as("探索 in its second clause").isEqualTo("aspirational");
    }

    private static final String SPEECH = """
            在全市卫生健康工作会议上的讲话
            (2021年2月26日)
            同志们:
            一、2020年工作回顾
            过去一年,全市新增三级医院2家,我们要继续保持这个势头。
            二、扎实做好2021年重点工作
            今年是“十四五”开局之年。
            各县区要在4月底前完成疫苗接种点设置;市疾控中心要牵头做好人员培训。
            力争全市居民健康素养水平提高到25%。
            """;

    @Test
    void aSpeechPromisesInItsPlanPartFoundFromItsHeadingsWhenNoSectionsAreGiven() {
        ReportMetadata speech = meta("speech", 2021, "2021-02-26");
        List<Commitment> commitments = withMetrics(SPEECH, FrameReader.frame(SPEECH, speech, List.of()));
        assertThat(commitments).noneMatch(c -> c.text().contains("新增三级医院"));
        assertThat(commitments).noneMatch(c -> c.text().contains("开局之年"));
        Commitment sites = containing(commitments, "各县区要在4月底前");
        assertThat(sites.deadlines()).containsExactly(new Deadline("4月底前", "2021-04-30"));
        assertThat(sites.owner()).isEqualTo("各县区");
        assertThat(sites.topic()).isEqualTo("疫情防控");
        assertThat(containing(commitments, "市疾控中心要牵头").owner()).isEqualTo("市疾控中心");
        assertThat(containing(commitments, "市疾控中心要牵头").deadlines()).isEmpty();
        Commitment literacy = containing(commitments, "健康素养");
        assertThat(literacy.strength()).isEqualTo("aspirational");
        assertThat(literacy.targets()).extracting(t -> t.value()).containsExactly(25.0);
    }

    @Test
    void aNextStepPassageOfASummaryIsForwardLooking() {
        String summary = """
                某区卫生健康局2023年工作总结
                全区建成社区医院3家,完成年度任务。
                下一步,我局将加快区妇幼保健院迁建,明年6月底前投入使用。
                """;
        List<Commitment> commitments = withMetrics(summary, FrameReader.frame(summary, meta("summary", 2023, "2023-12-20"), List.of()));
        assertThat(commitments).extracting(Commitment::text).containsExactly("下一步,我局将加快区妇幼保健院迁建,明年6月底前投入使用");
        assertThat(commitments.get(0).deadlines()).containsExactly(new Deadline("明年6月底前", "2024-06-30"));
        assertThat(commitments.get(0).owner()).isNull();
    }

    @Test
    void aRelativeLimitInAReportWithoutAnyYearIsKeptWithoutADate() {
        String undated = """
                工作安排
                下一步,我们将在年内完成全部村卫生室改造,新增家庭医生团队20个。
                """;
        List<Commitment> commitments = withMetrics(undated, FrameReader.frame(undated, ReportMetadata.empty("simplified"), List.of()));
        assertThat(commitments).singleElement().satisfies(c -> {
            assertThat(c.deadlines()).containsExactly(new Deadline("年内", null));
            assertThat(c.targets()).extracting(t -> t.value()).containsExactly(20.0);
            assertThat(c.measurable()).isTrue();
        });
    }

    @Test
    void whenTheSectionsNameNoPlanPartItsHeadingStillMarksIt() {
        String text = """
                某区卫生健康局2023年工作总结
                一、主要工作成效
                全区新建社区卫生服务站5个。
                二、下一步工作打算
                (一)提升基层能力。年内新增家庭医生团队10个。
                """;
        List<Section> sections = List.of(
                section(text, "一、主要工作成效", "review", 2023, "二、下一步工作打算"),
                section(text, "二、下一步工作打算", "other", null, null));
        List<Commitment> commitments = withMetrics(text, FrameReader.frame(text, meta("summary_and_plan", 2023, "2024-01-15"), sections));
        assertThat(commitments).extracting(Commitment::text).containsExactly("年内新增家庭医生团队10个");
        assertThat(commitments.get(0).deadlines()).containsExactly(new Deadline("年内", "2024-12-31"));
    }

    private List<Commitment> read(String text, ReportMetadata report) {
        return withMetrics(text, FrameReader.frame(text, report, new SectionParser().parse(text, report)));
    }

    @Test
    void theItemsOfAMeetingsRequirementTakeItsTimeLimitAndTheLeadOnlyFramesThem() {
        String text = "4月2日,2023年全县卫生健康工作会议召开。\n"
                + "会议要求,2023年全县卫生健康系统要坚持稳中求进,抓好全县卫生健康工作。一是扎实做好传染病防控。二是推动县域医共体提质增效。";
        List<Commitment> found = read(text, meta("speech", 2023, "2023-04-02"));
        assertThat(found).extracting(Commitment::text).containsExactly("一是扎实做好传染病防控", "二是推动县域医共体提质增效");
        assertThat(found).allSatisfy(c -> assertThat(c.deadlines()).containsExactly(new Deadline("2023年", "2023-12-31")));
    }

    @Test
    void aLeadsLimitGovernsTheItemsOfTheLabelledSubListsUnderIt() {
        String text = "到2027年,全区卫生健康发展目标概括为两个方面,即:\n"
                + "“总体目标”:一是建成区域医疗高地。二是建成健康城区。\n"
                + "“分项目标”:一是健康水平稳步提高。\n二是服务体系更加健全。\n三是数字健康走在前列。\n";
        List<Commitment> found = read(text, meta("plan", 2025, null));
        assertThat(found).extracting(Commitment::text).contains("二是服务体系更加健全", "三是数字健康走在前列");
        assertThat(containing(found, "二是服务体系更加健全").deadlines()).containsExactly(new Deadline("2027年", "2027-12-31"));
        assertThat(containing(found, "三是数字健康走在前列").measurable()).isTrue();
    }

    @Test
    void thePurposeStatementOfAPlanThatNamesItselfIsNoPromise() {
        String text = "为提升群众健康水平,到2025年建成健康县城,特制定本方案。\n一、主要目标\n到2025年,建成健康社区10个。";
        List<Commitment> found = read(text, meta("plan", 2025, null));
        assertThat(found).extracting(Commitment::text).containsExactly("到2025年,建成健康社区10个");
        String preamble = "为明确“十五五”时期全县卫生健康发展目标,结合实际,制定本规划,作为“十五五”时期的行动纲领。\n到2030年,建成县域医疗次中心3家。";
        assertThat(read(preamble, meta("plan", 2026, null))).extracting(Commitment::text).containsExactly("到2030年,建成县域医疗次中心3家");
    }

    @Test
    void whatAPeriodIsIsNoPromiseButTheListItemsThatFollowAre() {
        String text = "会议指出,明年上半年是全县推进健康乡村建设的攻坚阶段,是医共体改革见成效的关键节点。\n"
                + "会议要求,2026年全县要抓好三项工作。一是6月底前完成12个村卫生室改造。二是推进县域医共体第二阶段建设。";
        List<Commitment> found = read(text, meta("speech", 2026, "2025-12-28"));
        assertThat(found).extracting(Commitment::text).noneMatch(t -> t.contains("攻坚阶段"));
        String plan = "“十五五”时期是全县建设健康强县的第二个五年,也是补齐基层短板的重要机遇期。\n到2030年,建成县域医疗次中心3家。";
        assertThat(read(plan, meta("plan", 2030, null))).extracting(Commitment::text)
                .containsExactly("到2030年,建成县域医疗次中心3家");
        assertThat(found).extracting(Commitment::text)
                .contains("一是6月底前完成12个村卫生室改造", "二是推进县域医共体第二阶段建设");
        // a period named at the head, characterised over many clauses
        String long_ = "“十五五”时期是全县在健康强县建设取得阶段性成果之后,巩固提升基层服务能力、迈向卫生健康现代化的第二个五年。\n"
                + "到2030年,建成县域医疗次中心3家。";
        assertThat(read(long_, meta("plan", 2026, null))).extracting(Commitment::text)
                .containsExactly("到2030年,建成县域医疗次中心3家");
    }

    @Test
    void aLimitWithinTheYearOfAReviewSaysWhenNotThatItIsStillToCome() {
        String text = "一、2023年工作回顾\n年内,两个镇被评为国家卫生镇,全县新增家庭医生团队12个。"
                + "全县签约率达到75%,今年内会涵盖全部行政村。全县新建村卫生室8所,2024年将启动县医院新院建设。\n";
        List<Commitment> found = read(text, meta("summary", 2023, "2023-12-20"));
        assertThat(found).extracting(Commitment::text).noneMatch(t -> t.contains("被评为国家卫生镇"));
        assertThat(found).extracting(Commitment::text).anyMatch(t -> t.contains("今年内会涵盖全部行政村"));
        assertThat(found).extracting(Commitment::text).anyMatch(t -> t.contains("2024年将启动县医院新院建设"));
    }

    @Test
    void aLimitBeforeAColonGovernsTheClausesAfterIt() {
        String text = "局长指出,2024年全市卫生健康工作要重点做好三项工作:建强县域医共体;提升基层服务能力;确保国家卫生城市复审通过。";
        List<Commitment> found = read(text, meta("speech", 2024, "2024-03-01"));
        assertThat(found).hasSize(3);
        assertThat(found).allSatisfy(c -> assertThat(c.deadlines()).containsExactly(new Deadline("2024年", "2024-12-31")));
        assertThat(containing(found, "确保国家卫生城市").strength()).isEqualTo("firm");
    }

    @Test
    void aLimitAfterAReportingClauseGovernsTheClausesOfItsSentence() {
        String text = "3月9日,全县卫生健康工作会议召开。\n"
                + "会议强调,今年,全县将推进乡镇卫生院提档升级;完善家庭医生签约服务机制;健全村医队伍培养机制。";
        List<Commitment> found = read(text, meta("speech", 2024, "2024-03-09"));
        assertThat(found).extracting(Commitment::text).containsExactly("会议强调,今年,全县将推进乡镇卫生院提档升级",
                "完善家庭医生签约服务机制", "健全村医队伍培养机制");
        assertThat(found).allSatisfy(c -> assertThat(c.deadlines()).containsExactly(new Deadline("今年", "2024-12-31")));
        // a limit inside the clause after the reporting one governs only its own clause
        List<Commitment> own = read("会议强调,全县在今年要推进乡镇卫生院提档升级;完善家庭医生签约服务机制。", meta("speech", 2024, "2024-03-09"));
        assertThat(containing(own, "完善家庭医生签约").measurable()).isFalse();
    }

    @Test
    void aNewsItemsSubheadBetweenItsParagraphsIsNoPromise() {
        String text = "《健康某省2030规划》出台\n某省日前出台的《健康某省2030规划》提出,到2030年全省建立完善的医疗服务体系。\n"
                + "居民人均预期寿命将达79岁\n《规划》提出,到2030年,全省居民人均预期寿命达到79岁。\n";
        ReportFrame frame = FrameReader.frame(text, meta("plan", 2017, null), new SectionParser().parse(text, null));
        assertThat(frame.news()).isEqualTo(NewsLead.Kind.PLAN);
        List<Commitment> found = read(text, meta("plan", 2017, null));
        assertThat(found).extracting(Commitment::text).doesNotContain("居民人均预期寿命将达79岁")
                .contains("《规划》提出,到2030年,全省居民人均预期寿命达到79岁");
    }

    @Test
    void aParagraphALayoutClosedWithALoneBarIsProseNotATableRow() {
        String text = "2026年,全县将新建村卫生室5个,推进医共体建设。 |\n| 村卫生室 | 5个 |\n";
        List<Commitment> found = read(text, meta("plan", 2026, null));
        assertThat(found).extracting(Commitment::text).containsExactly("2026年,全县将新建村卫生室5个,推进医共体建设");
    }

    @Test
    void anEditorsNoteOnThePieceIsNoPromise() {
        String text = "编者按:为营造好2026年县“两会”召开期间的氛围,县融媒体中心将陆续推出系列报道。\n2026年,全县将新建村卫生室5个。";
        List<Commitment> found = read(text, meta("plan", 2026, null));
        assertThat(found).extracting(Commitment::text).containsExactly("2026年,全县将新建村卫生室5个");
    }

    @Test
    void aLeadWhoseFirstItemFollowsItsColonGovernsTheItemsToldSentenceAfterSentence() {
        String text = "3月4日,全市卫生健康工作会议召开。\n"
                + "2026年是“十五五”开局之年,全市卫生健康系统将重点抓好三项工作:一是推进医共体建设。二是深化公立医院改革。"
                + "三是加强人才队伍建设。全市卫生健康系统要坚持守正创新,推动高质量发展。\n";
        List<Commitment> found = read(text, meta("speech", 2026, "2026-03-04"));
        assertThat(containing(found, "二是深化公立医院改革").deadlines()).containsExactly(new Deadline("2026年", "2026-12-31"));
        assertThat(containing(found, "三是加强人才队伍建设").measurable()).isTrue();
        assertThat(containing(found, "坚持守正创新").measurable()).as("a sentence that opens no item ends the list").isFalse();
    }

    @Test
    void aLeadThatSaysTheYearHasThesePrioritiesGovernsTheParagraphsAfterIt() {
        String text = "1月20日,记者从省卫生健康委获悉,2026年某省卫生健康工作有这些重点。\n"
                + "加快建设健康强省。新建县域医疗卫生次中心30个;推进紧密型县域医共体建设。\n"
                + "促进资源均衡布局。组建省级医疗应急队伍。\n";
        List<Commitment> found = read(text, meta("plan", 2026, null));
        assertThat(found).extracting(Commitment::text).doesNotContain("1月20日,记者从省卫生健康委获悉,2026年某省卫生健康工作有这些重点");
        assertThat(containing(found, "推进紧密型县域医共体建设").deadlines()).containsExactly(new Deadline("2026年", "2026-12-31"));
        assertThat(containing(found, "组建省级医疗应急队伍").measurable()).isTrue();
    }

    @Test
    void aLimitThatOpensASentenceAsTheTopicOfItsSubjectAndModalGovernsItsClauses() {
        String text = "3月9日,全县卫生健康工作会议召开。\n"
                + "会议要求,2025年全县卫生健康系统要持续深化医共体改革,做实家庭医生签约;加快建设胸痛中心;稳步发展托育服务。";
        List<Commitment> found = read(text, meta("speech", 2025, "2025-03-09"));
        assertThat(containing(found, "稳步发展托育服务").deadlines()).containsExactly(new Deadline("2025年", "2025-12-31"));
        assertThat(containing(found, "加快建设胸痛中心").measurable()).isTrue();
        // a year that only qualifies what the first clause acts on governs nothing after it
        List<Commitment> inside = read("会议要求,全县要落实2025年医共体改革任务,做实家庭医生签约;加快建设胸痛中心。",
                meta("speech", 2025, "2025-03-09"));
        assertThat(containing(inside, "加快建设胸痛中心").measurable()).isFalse();
        // nor does it govern the sentences after its own
        List<Commitment> next = read("会议要求,2025年全县卫生健康系统要深化医共体改革。要加快建设胸痛中心。", meta("speech", 2025, "2025-03-09"));
        assertThat(containing(next, "要加快建设胸痛中心").measurable()).isFalse();
    }

    @Test
    void aLimitOpeningAParagraphGovernsItsLaterSentences() {
        String text = "一、工作目标\n2025年底前,全县建成胸痛中心2家。完成县人民医院改扩建工程。\n二、保障措施\n加强组织领导。";
        List<Commitment> found = read(text, meta("plan", 2024, null));
        assertThat(containing(found, "完成县人民医院改扩建").deadlines()).containsExactly(new Deadline("2025年底前", "2025-12-31"));
        assertThat(containing(found, "加强组织领导").measurable()).isFalse();
    }

    @Test
    void theNewsOfTheMeetingItselfIsNoCommitment() {
        String text = "3月6日,2024年全县卫生健康工作会议召开,会议总结了2023年工作,部署2024年重点任务。\n"
                + "会议要求,2024年全县卫生健康系统要完成村卫生室标准化建设。";
        List<Commitment> found = read(text, meta("speech", 2024, "2024-03-06"));
        assertThat(found).extracting(Commitment::text).containsExactly("会议要求,2024年全县卫生健康系统要完成村卫生室标准化建设");
    }

    @Test
    void anAsideInBracketsIsNoCommitment() {
        String text = "一、2024年工作计划\n今年要完成村卫生室标准化建设。\n(本报记者 张某 通讯员 李某)\n(此件公开发布)";
        List<Commitment> found = read(text, meta("plan", 2024, null));
        assertThat(found).extracting(Commitment::text).containsExactly("今年要完成村卫生室标准化建设");
    }

    @Test
    void aPortalsRecordFieldIsNoCommitment() {
        String text = "名称: 某市卫生健康局2024年政务公开重点任务台账\n分类: 其他;通知\n1.今年要完成村卫生室标准化建设。";
        List<Commitment> found = read(text, meta("plan", 2024, null));
        assertThat(found).extracting(Commitment::text).containsExactly("1.今年要完成村卫生室标准化建设");
    }

    @Test
    void theHeadlineUnderAChannelsNameIsNoCommitment() {
        String text = "健康频道\n力争年内建成2家区域医疗中心!某市召开2024年卫生健康工作会议\n"
                + "3月6日,2024年全市卫生健康工作会议召开。会议要求,2024年全市卫生健康系统要完成村卫生室标准化建设。";
        ReportMetadata report = meta("力争年内建成2家区域医疗中心!某市召开2024年卫生健康工作会议", "speech", 2024, "2024-03-06");
        List<Commitment> found = read(text, report);
        assertThat(found).extracting(Commitment::text).containsExactly("会议要求,2024年全市卫生健康系统要完成村卫生室标准化建设");
    }

    @Test
    void aRequirementInsideTheNarrativeOfAMeetingIsACommitment() {
        String text = "全市卫生健康工作会议召开\n2月3日,全市卫生健康工作会议召开。"
                + "会议回顾了2023年工作成效,部署2024年重点任务,强调要守牢疫情防控底线,推动医共体建设提质增效。\n"
                + "会议指出,2023年全市卫生健康系统完成了各项目标任务。";
        List<Commitment> found = read(text, meta("speech", 2024, "2024-02-03"));
        assertThat(found).extracting(Commitment::text).containsExactly(
                "会议回顾了2023年工作成效,部署2024年重点任务,强调要守牢疫情防控底线,推动医共体建设提质增效");
        assertThat(found.get(0).deadlines()).containsExactly(new Deadline("2024年", "2024-12-31"));
    }

    @Test
    void theSentenceBeforeASecondItemIsAnItemsBodyNotALead() {
        String text = "一、2024年工作计划\n(一)深化医共体改革。一是完善医共体章程。围绕利益共享做文章,确保各项措施落到实处。二是推进医防融合,构建县乡协同机制。";
        List<Commitment> found = read(text, meta("plan", 2024, null));
        assertThat(containing(found, "确保各项措施落到实处").deadlines()).containsExactly(new Deadline("2024年", "2024-12-31"));
        assertThat(containing(found, "二是推进医防融合").measurable()).isTrue();
    }

    @Test
    void aPromiseWrittenTwiceIsOneAndAFragmentIsNone() {
        String text = "二、2024年工作计划\n年内建成胸痛中心2家。加快推进县医院改扩建。\n医院\n年内建成胸痛中心2家。";
        List<Commitment> found = read(text, meta("plan", 2024, null));
        assertThat(found).extracting(Commitment::text).containsExactly("年内建成胸痛中心2家", "加快推进县医院改扩建");
    }

    @Test
    void theNameOfAYearsWorkDocumentIsNoPromise() {
        String text = "某市卫生健康委员会\n2026年3月2日\n2026年全市卫生健康工作要点\n一、深化医改\n年内制定2026年医共体建设工作计划。";
        List<Commitment> found = read(text, meta("plan", 2026, null));
        assertThat(found).extracting(Commitment::text).containsExactly("年内制定2026年医共体建设工作计划");
    }

    @Test
    void theTitleOverTheFirstItemNamesThePlanAndLimitsNoItem() {
        String title = "某县卫生健康局2025年工作思路";
        String text = title + "\n1.巩固医共体建设成果。推进县域医疗次中心建设。\n2.加强疾病预防控制。";
        List<Commitment> found = read(text, meta(title, "plan", 2025, null));
        assertThat(found).extracting(Commitment::text).contains("推进县域医疗次中心建设").doesNotContain(title);
        assertThat(found).allSatisfy(c -> assertThat(c.deadlines()).isEmpty());

        String lead = "2025年重点工作目标";
        List<Commitment> led = read(lead + "\n1.巩固医共体建设成果。推进县域医疗次中心建设。", meta(title, "plan", 2025, null));
        assertThat(containing(led, "县域医疗次中心").deadlines()).containsExactly(new Deadline("2025年", "2025-12-31"));
    }

    @Test
    void aReviewHeadingsPeriodIsNoLimitOfItsSentences() {
        String text = "一、上半年重点工作完成情况\n坚持常态化防控,守住疫情防控底线。\n二、下半年工作安排\n巩固防控成果。";
        List<Commitment> found = read(text, meta("某县2022年上半年工作总结及下半年工作安排", "summary_and_plan", 2022, "2022-07-10"));
        assertThat(found).extracting(Commitment::text).containsExactly("巩固防控成果");
        assertThat(found.get(0).deadlines()).containsExactly(new Deadline("下半年", "2022-12-31"));
    }

    @Test
    void listedNumeralsOpenNoHeading() {
        String text = "到2025年,基层就诊率达到65%;二、三级医院下转患者年均增长10%。";
        List<Commitment> found = read(text, meta("plan", 2024, null));
        assertThat(found).extracting(Commitment::text).contains("二、三级医院下转患者年均增长10%");
    }

    @Test
    void aListGoesOnOverUnmarkedLinesAfterItsLead() {
        String text = "(二)主要目标\n到2026年,全县卫生健康事业高质量发展。具体目标包括:\n县域内就诊率达到90%以上。\n"
                + "基层中医馆实现全覆盖。\n二、重点任务\n加强组织领导。";
        List<Commitment> found = read(text, meta("plan", 2024, null));
        assertThat(containing(found, "基层中医馆").deadlines()).containsExactly(new Deadline("2026年", "2026-12-31"));
        assertThat(containing(found, "加强组织领导").measurable()).isFalse();
    }

    @Test
    void oneLineItemsUnderADatedHeadingAreCommitmentsButAHeadingWithContentIsNot() {
        String text = "三、2025年工作计划\n(一)以党建为统领\n(二)推动优质服务基层行\n四、保障措施\n(一)加强领导。成立工作专班。";
        List<Commitment> found = read(text, meta("summary_and_plan", 2024, "2025-01-10"));
        assertThat(found).extracting(Commitment::text).contains("(一)以党建为统领", "(二)推动优质服务基层行")
                .doesNotContain("(一)加强领导");
        assertThat(containing(found, "以党建为统领").deadlines()).containsExactly(new Deadline("2025年", "2025-12-31"));
    }

    @Test
    void byAYearWrittenWithZhi() {
        List<Commitment> found = read("至2027年,全市人均预期寿命达到80岁。", meta("plan", 2024, null));
        assertThat(found).singleElement().satisfies(c -> assertThat(c.deadlines()).containsExactly(new Deadline("2027年", "2027-12-31")));
    }

    @Test
    void aMeetingConvenedIsNewsNotARequirement() {
        List<Commitment> found = read("5月8日,我市召开2024年卫生健康工作会议,明确全年目标任务。", meta("speech", 2024, "2024-05-08"));
        assertThat(found).isEmpty();
    }

    /** The commitments of a text, with the figures the metric stage reads in it. */
    private List<Commitment> withMetrics(String text, ReportFrame frame) {
        return extractor.extract("k", text, frame, new MetricExtractor().extract("k", text, frame));
    }

    @Test
    void aLeadEndingInsideTheSentenceOfItsFirstItemGovernsTheLaterItems() {
        String text = "2月6日,全区卫生健康工作会议召开。\n会议强调,做好今年卫生健康工作意义重大,一要抓好疫情防控;二要推进医共体建设;三要加强队伍建设。";
        List<Commitment> found = read(text, meta("speech", 2025, "2025-02-06"));
        assertThat(containing(found, "二要推进医共体建设").deadlines()).containsExactly(new Deadline("今年", "2025-12-31"));
        assertThat(containing(found, "三要加强队伍建设").measurable()).isTrue();
    }

    @Test
    void weighingTheTaskPromisesNothing() {
        String text = "2026年全市卫生健康工作要点\n一、2026年重点任务\n面对新形势,我们深感使命艰巨、责任重大。\n年底前建成胸痛中心3家。";
        List<Commitment> found = read(text, meta("plan", 2026, null));
        assertThat(found).extracting(Commitment::text).containsExactly("年底前建成胸痛中心3家");
    }

    @Test
    void aMeetingsRequirementMayFollowItsNarrativeInTheSameSentence() {
        String text = "3月5日,全县卫生健康工作会议召开。\n会议宣读了年度责任清单,要求2025年加强作风建设,完成村卫生室改造。";
        List<Commitment> found = read(text, meta("speech", 2025, "2025-03-05"));
        assertThat(found).extracting(Commitment::text).containsExactly("会议宣读了年度责任清单,要求2025年加强作风建设,完成村卫生室改造");
        assertThat(found.get(0).deadlines()).containsExactly(new Deadline("2025年", "2025-12-31"));
    }

    @Test
    void theReportsOwnTitleAsALineIsNoPromise() {
        String title = "未来五年某市卫生强市战略,到2030年将实现";
        String text = title + "\n某某信息网\n信息首发:" + title + "\n" + title + ":\n1、新建三级医院5家\n2、千人床位数达到6张";
        List<Commitment> found = read(text, meta(title, "plan", 2026, null));
        assertThat(found).extracting(Commitment::text).containsExactly("1、新建三级医院5家", "2、千人床位数达到6张");
    }

    @Test
    void theReportsTitleWithASitesNoteAfterItIsNoPromise() {
        String title = "某县2026年新建村卫生室20所实施方案";
        String text = title + "(全文3210字)\n到2030年,每千人口执业(助理)医师数达到3.6人。";
        List<Commitment> found = read(text, meta(title, "plan", 2026, null));
        assertThat(found).extracting(Commitment::text).containsExactly("到2030年,每千人口执业(助理)医师数达到3.6人");
    }

    @Test
    void aFigureAGoalBuildsOnIsNoTarget() {
        String text = "会议要求,要在全面完成8个一体化基础上,年内打通编制预算最后一公里。";
        List<Commitment> found = read(text, meta("speech", 2025, "2025-03-01"));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).targets()).isEmpty();
        assertThat(found.get(0).deadlines()).containsExactly(new Deadline("年内", "2025-12-31"));
    }

    @Test
    void anIntentNamedAsANounAfterDeIsNoPromise() {
        String text = "二、下半年工作计划\n存在问题:一是群众的期望高,未能全面满足群众需求。二是年内建成胸痛中心2家。";
        List<Commitment> found = read(text, meta("summary_and_plan", 2024, null));
        assertThat(found).extracting(Commitment::text).noneMatch(t -> t.contains("群众的期望"));
        assertThat(containing(found, "年内建成胸痛中心").measurable()).isTrue();
    }

    @Test
    void aPagesRecordFieldsAndATablesHeaderRowAreNoPromises() {
        String text = "2024年重点工作任务清单\n成文日期: 发布日期: 2024-01-04\n序号 重点工作任务 牵头单位 完成时限\n年内建成胸痛中心2家。";
        List<Commitment> found = read(text, meta("plan", 2024, null));
        assertThat(found).extracting(Commitment::text).containsExactly("年内建成胸痛中心2家");
        // an article's info line and a table's caption name the page and the table
        String page = "2024年重点工作推进表\n发布时间:2024-04-02 09:15 来源:某县卫生健康局\n2024年重点工作任务完成情况汇总表(1-3月)\n"
                + "年内建成胸痛中心2家。";
        assertThat(read(page, meta("plan", 2024, null))).extracting(Commitment::text).containsExactly("年内建成胸痛中心2家");
    }

    @Test
    void aFiveYearPlansHeadingLimitsItsItems() {
        String text = "三、十四五期间卫健发展规划\n一是在短期内建立健全卫生机构。\n四、2022年工作打算\n加快推进医改。";
        List<Commitment> found = read(text, meta("summary_and_plan", 2021, "2022-02-10"));
        assertThat(containing(found, "建立健全卫生机构").deadlines()).extracting(Deadline::date).containsExactly("2025-12-31");
    }

    @Test
    void aMeetingHeldToReviewIsNewsEvenWithItsPeriods() {
        String text = "为研究部署下半年重点工作,7月19日,区卫健局召开2024年上半年工作总结会。\n会议要求,下半年要完成村卫生室改造。";
        List<Commitment> found = read(text, meta("speech", 2024, "2024-07-19"));
        assertThat(found).extracting(Commitment::text).containsExactly("会议要求,下半年要完成村卫生室改造");
    }

    @Test
    void aLeadOnItsOwnLineLimitsTheItemsOnTheLinesAfterIt() {
        String text = "3月1日,某县召开2025年卫生健康工作会议。\n会议要求,2025年全县卫生健康系统要继续发扬实干作风。\n"
                + "一要提高政治站位,深刻认识当前面临的新形势。\n二要聚焦重点攻坚,持续推进健康某县建设。";
        List<Commitment> found = read(text, meta("speech", 2025, "2025-03-01"));
        assertThat(containing(found, "一要提高政治站位").deadlines()).extracting(Deadline::date).containsExactly("2025-12-31");
        assertThat(containing(found, "二要聚焦重点攻坚").deadlines()).extracting(Deadline::date).containsExactly("2025-12-31");
    }

    @Test
    void aNewsItemsHeadlineIsNoPromise() {
        String text = "某省启动实施15项健康专项行动\n某省日前正式启动实施健康某省行动(2019年—2030年)。行动提出,到2022年,全省居民健康素养水平达到22%。";
        List<Commitment> found = read(text, meta("plan", 2019, null));
        assertThat(found).extracting(Commitment::text).noneMatch(t -> t.startsWith("某省启动实施"));
        assertThat(containing(found, "健康素养水平达到22%").deadlines()).extracting(Deadline::date).containsExactly("2022-12-31");
        String deck = "发布日期:\n全市医疗卫生工作会议召开\n年底前各县均建成一家县域医疗次中心\n本报讯 3月2日,全市医疗卫生工作会议召开。会议要求,年底前各县均建成一家县域医疗次中心。";
        assertThat(read(deck, meta("speech", 2024, "2024-03-02"))).extracting(Commitment::text)
                .containsExactly("会议要求,年底前各县均建成一家县域医疗次中心");
    }

    @Test
    void aMeetingHeldToReviewAndDeployWithALongNameIsNews() {
        String text = "7月19日下午,区卫健局召开全区卫生健康系统2024年上半年工作总结及下半年工作部署会议。\n会议要求,下半年要完成村卫生室改造。";
        List<Commitment> found = read(text, meta("speech", 2024, "2024-07-19"));
        assertThat(found).extracting(Commitment::text).containsExactly("会议要求,下半年要完成村卫生室改造");
    }
}
