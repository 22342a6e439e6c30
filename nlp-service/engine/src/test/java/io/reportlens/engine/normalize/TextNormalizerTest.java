package io.reportlens.engine.normalize;

import io.reportlens.engine.SampleReport;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    private String normalize(String raw) {
        return normalizer.normalize(raw).text();
    }

    @Test
    void foldsFullWidthPunctuationAndTidiesWhitespace() {
        assertThat(normalize(SampleReport.asScraped())).isEqualTo(SampleReport.NORMALIZED);
    }

    @Test
    void aSlashOfAnotherBlockIsTheSlash() {
        assertThat(normalize("孕产妇死亡率降至8.2╱10万,婴儿死亡率3.1∕1000。")).isEqualTo("孕产妇死亡率降至8.2/10万,婴儿死亡率3.1/1000。");
    }

    @Test
    void keepsChinesePunctuationThatHasNoAsciiTwin() {
        assertThat(normalize("开展“健康进万家”活动、《健康报》宣传。")).isEqualTo("开展“健康进万家”活动、《健康报》宣传。");
    }

    @Test
    void aHalfWidthPointThatEndsChineseProseIsAFullStop() {
        assertThat(normalize("全区居民健康素养水平提高到26%以上.城乡居民分别达到26%和18%.请认真组织实施."))
                .isEqualTo("全区居民健康素养水平提高到26%以上。城乡居民分别达到26%和18%。请认真组织实施。");
        assertThat(normalize("1.深化医改。附件:实施方案.docx,床位2.5张。")).isEqualTo("1.深化医改。附件:实施方案.docx,床位2.5张。");
    }

    @Test
    void aRecordLinesCounterIsNoPartOfTheReportHoweverItIsSpaced() {
        String text = normalize("全县卫生健康工作会议召开\n2019-03-27 11:11来源:本站 阅读 : 61 次\n会议要求,年内新建村卫生室5所。");
        assertThat(text).doesNotContain("61").contains("来源:本站").contains("新建村卫生室5所");
        assertThat(normalize("推荐人: 来源: 阅读: 1.49W 次\n全年出动车辆122台次。")).doesNotContain("1.49").doesNotContain("W");
    }

    @Test
    void aCircleTypedForADatesZeroIsTheZero() {
        assertThat(normalize("某县卫生健康局\n二○二三年十二月五日")).endsWith("二〇二三年十二月五日");
        assertThat(normalize("○ 加强基层队伍建设。")).startsWith("○");
    }

    @Test
    void convertsTraditionalToSimplifiedAndRecordsTheScript() {
        NormalizedText n = normalizer.normalize("全市醫療衛生機構共有執業(助理)醫師3250人、註冊護士4120人,醫療服務質量持續提升。");
        assertThat(n.text()).isEqualTo("全市医疗卫生机构共有执业(助理)医师3250人、注册护士4120人,医疗服务质量持续提升。");
        assertThat(n.script()).isEqualTo("traditional");
    }

    @Test
    void leavesSimplifiedTextAloneAndCallsItSimplified() {
        NormalizedText n = normalizer.normalize("显著提升基层医疗卫生服务能力,著力推进健康县城建设。");
        assertThat(n.text()).isEqualTo("显著提升基层医疗卫生服务能力,著力推进健康县城建设。");
        assertThat(n.script()).isEqualTo("simplified");
    }

    @Test
    void hongKongVariantFormsAreSimplifiedToo() {
        NormalizedText n = normalizer.normalize("衞生署二〇二三年工作報告\n衞生署轄下診所的求診人次達一百二十萬。");
        assertThat(n.script()).isEqualTo("traditional");
        assertThat(n.text()).isEqualTo("卫生署二〇二三年工作报告\n卫生署辖下诊所的求诊人次达一百二十万。");
    }

    @Test
    void removesPinyinAfterCharactersButNotRealParentheses() {
        assertThat(normalize("全面加強衛(wèi)生應(yīng)急能力建設,每千人口執業(助理)醫師2.1人。"))
                .isEqualTo("全面加强卫生应急能力建设,每千人口执业(助理)医师2.1人。");
        assertThat(normalize("(一)推行PDCA(plan)循环管理")).isEqualTo("(一)推行PDCA(plan)循环管理");
    }

    @Test
    void aLostImageEndsABlockAndAHeadlineRunIntoItsLeadGoes() {
        assertThat(normalize("某委召开上半年工作务虚会![]() 某委召开上半年工作务虚会7月8日,某委召开上半年工作务虚会。会议总结了上半年工作。"))
                .isEqualTo("某委召开上半年工作务虚会\n7月8日,某委召开上半年工作务虚会。会议总结了上半年工作。");
        assertThat(normalize("加大重点人群健康保障\n加大重点人群健康保障力度。组织实施妇幼健康工程。"))
                .as("a sentence that opens with its heading's words is no repeat")
                .isEqualTo("加大重点人群健康保障\n加大重点人群健康保障力度。组织实施妇幼健康工程。");
    }

    @Test
    void aMenuLaidOutOneItemALineAboveTheTextGoesButAReportsBulletsStay() {
        String page = "• 网站首页\n• 机构设置\n• 政策法规\n• 新闻资讯\n• 互动交流\n3月2日,全县卫生健康工作会议召开。\n"
                + "• 加强组织领导\n• 强化督导考核\n• 做好宣传引导\n• 严格资金管理\n";
        assertThat(normalize(page)).isEqualTo("3月2日,全县卫生健康工作会议召开。\n"
                + "• 加强组织领导\n• 强化督导考核\n• 做好宣传引导\n• 严格资金管理");
        String few = "• 网站首页\n• 新闻资讯\n3月2日,全县卫生健康工作会议召开。";
        assertThat(normalize(few)).as("two lines are no menu").startsWith("• 网站首页");
    }

    @Test
    void aPageThatSpellsEveryCharacterLosesItsSpellings() {
        assertThat(normalize("全(Quan)县(Xian)村(Cun)卫(Wei)生(Sheng)室(Shi)达(Da)到(Dao)218个(Ge),(?)较上年增加3个。"))
                .isEqualTo("全县村卫生室达到218个,较上年增加3个。");
        assertThat(normalize("开展计算机断层扫描(Ct)检查1200人次。")).isEqualTo("开展计算机断层扫描(Ct)检查1200人次。");
        // lower case, a space left after each
        assertThat(normalize("会(hui) 议(yi) 指出,全县卫生健康系统(tong) 坚持以人(ren) 民健康为中心,完成体(ti) 检(jian) 2.1万人(ren) 次(ci) 。"))
                .isEqualTo("会议指出,全县卫生健康系统坚持以人民健康为中心,完成体检2.1万人次。");
        assertThat(normalize("推行PDCA(plan)循环管理,开展科室(app)推广。")).as("a few words in brackets are no spelled page")
                .isEqualTo("推行PDCA(plan)循环管理,开展科室(app)推广。");
    }

    @Test
    void removesSpamSplicedIntoSentencesAndAdvertisingLines() {
        String raw = "累计派出医疗队12(代写材料:微信:15900001111)支,服务群众8000人次。\n"
                + "公文代写请加微信:15900001111 抖音账号:公文写作小站\n"
                + "开通健康服务微信公众号,关注人数达12万人。";
        assertThat(normalize(raw)).isEqualTo("累计派出医疗队12支,服务群众8000人次。\n开通健康服务微信公众号,关注人数达12万人。");
    }

    @Test
    void removesPortalChromeButKeepsRecordFieldsAndTheSignature() {
        String raw = "选择语言\n您当前所在位置:首页 > 政务公开 > 规划计划\n"
                + "某县卫生健康局2024年工作要点\n"
                + "来源:某县卫生健康局 发布时间:2024-02-20 10:00:00 阅读次数:152\n"
                + "字号:大 中 小\n  • 打印\n  • 分享\n"
                + "一、持续深化医改。推进县域医共体建设。\n"
                + "某县卫生健康局\n2024年2月20日\n"
                + "扫一扫在手机打开当前页\n县政府网\n关注 · 微信\n";
        assertThat(normalize(raw)).isEqualTo("某县卫生健康局2024年工作要点\n来源:某县卫生健康局 发布时间:2024-02-20 10:00:00\n"
                + "一、持续深化医改。推进县域医共体建设。\n某县卫生健康局\n2024年2月20日");
    }

    @Test
    void keepsTheTitleATemplateSitesSentenceNamesAndDropsTheRest() {
        String raw = "下面是小编为大家整理了这篇某县卫健局2023年工作总结和2024年工作思路范文,供大家参考。\n2023年,我局坚持人民至上。\n";
        assertThat(normalize(raw)).isEqualTo("某县卫健局2023年工作总结和2024年工作思路\n2023年,我局坚持人民至上。");
    }

    @Test
    void removesAPortalsBarOfLinksToTheGovernmentsAboveItAndItsMenu() {
        String raw = "中央人民政府广西壮族自治区人民政府某市人民政府 无障碍 官方微博\n首页 走进某县 政务公开 办事服务 互动交流\n"
                + "某县召开2024年卫生健康工作会议\n";
        assertThat(normalize(raw)).isEqualTo("某县召开2024年卫生健康工作会议");
        // a sentence naming a government is the text's own
        assertThat(normalize("某县人民政府 召开常务会议\n")).isEqualTo("某县人民政府 召开常务会议");
    }

    @Test
    void removesReadingTimeBannersAndCounters() {
        String raw = "editor 分享 时间: 加入收藏 共计3200个字,预计阅读时长8分钟\n全年完成体检5.2万人次。\n收藏\n0\n有帮助\n0";
        assertThat(normalize(raw)).isEqualTo("全年完成体检5.2万人次。");
    }

    @Test
    void removesAForumsButtons() {
        assertThat(normalize("返回列表 回复 发帖\n全年完成体检5.2万人次。")).isEqualTo("全年完成体检5.2万人次。");
    }

    @Test
    void removesACommentWidgetAndItsCounters() {
        String raw = "全年完成体检5.2万人次。\n评论一下\n评论 3人参与,2条评论\n还没有评论,快来抢沙发吧!\n已有3人参与,点击查看更多精彩评论";
        assertThat(normalize(raw)).isEqualTo("全年完成体检5.2万人次。");
        assertThat(normalize("全县300人参与义诊活动")).isEqualTo("全县300人参与义诊活动");
    }

    @Test
    void dropsMojibakeOfMisalignedGbkBytesAndKeepsTheReadableRest() {
        String original = "\u3000（三）加強醫療質量管理,全年開展督導檢查48次。";
        byte[] gbk = original.getBytes(Charset.forName("GBK"));
        String misaligned = "?" + new String(Arrays.copyOfRange(gbk, 1, gbk.length), Charset.forName("GBK")).replace('\uFFFD', '?');
        assertThat(misaligned).doesNotContain("加強");
        // the decoder falls back in step inside 醫療 (at a byte it cannot pair): the rest reads again
        assertThat(normalize(misaligned)).isEqualTo("疗质量管理,全年开展督导检查48次。");
    }

    @Test
    void dropsReplacementCharactersAndLostBytesInsideALine() {
        assertThat(normalize("推进临床重点专科建设\uFFFD,完成评审。")).isEqualTo("推进临床重点专科建设,完成评审。");
        assertThat(normalize("开展市级临床重点??圃u评审工作。")).isEqualTo("开展市级临床重点评审工作。");
    }

    @Test
    void dropsUtf8ReadAsGbk() {
        String garbled = new String("卫生健康服务".getBytes(StandardCharsets.UTF_8), Charset.forName("GBK"));
        String normalized = normalize("全区" + garbled + "。\n锟斤拷锟斤拷完成体检3200人次。");
        assertThat(garbled).hasSizeGreaterThan(6);
        assertThat(normalized).isEqualTo("全区。\n完成体检3200人次。");
    }

    @Test
    void keepsRareButRealCharactersAndTraditionalWords() {
        assertThat(normalize("鄂尔多斯市伊金霍洛旗、阿拉善盟额济纳旗和黔东南州丹寨县开展义诊。"))
                .isEqualTo("鄂尔多斯市伊金霍洛旗、阿拉善盟额济纳旗和黔东南州丹寨县开展义诊。");
        String simplified = "全面推进健康城市建设,持续深化医药卫生体制改革,加快推进分级诊疗制度建设,提升基层医疗卫生服务能力,"
                + "推动公立医院高质量发展,做好重大疾病防控和卫生应急工作,扎实开展爱国卫生运动,";
        assertThat(normalize(simplified + "港澳合作项目名为“醫療衛生”。")).endsWith("港澳合作项目名为“醫療衛生”。");
    }

    @Test
    void keepsAGenuineQuestionMark() {
        assertThat(normalize("如何破解人才难题?我们的做法是加强培养。")).isEqualTo("如何破解人才难题?我们的做法是加强培养。");
    }

    @Test
    void tabAlignedColumnsBecomePipeRows() {
        assertThat(normalize("主要指标\n指标\t单位\t2023年\t2025年\n每千人口床位数\t张\t6.2\t\t6.8\n"))
                .isEqualTo("主要指标\n指标 | 单位 | 2023年 | 2025年\n每千人口床位数 | 张 | 6.2 | 6.8");
    }

    @Test
    void spaceAlignedColumnsBecomePipeRowsButSpacedProseStaysProse() {
        assertThat(normalize("每千人口床位数    张    6.2    6.8")).isEqualTo("每千人口床位数 | 张 | 6.2 | 6.8");
        assertThat(normalize("人均预期寿命\u3000\u3000岁\u3000\u300078.5")).isEqualTo("人均预期寿命 | 岁 | 78.5");
        assertThat(normalize("全市共有村卫生室  412个,  乡镇卫生院  23家。")).isEqualTo("全市共有村卫生室 412个, 乡镇卫生院 23家。");
        assertThat(normalize("发布时间:2024-01-05  来源:市卫健委  浏览:1")).doesNotContain("|");
        assertThat(normalize("一、总体要求  (一)指导思想")).isEqualTo("一、总体要求 (一)指导思想");
    }

    @Test
    void cellsOfAFlattenedTableStayEvenWithoutWords() {
        assertThat(normalize("人均预期寿命 |\n岁 |\n78.09 |\n\n≥79 |\n|\n- |\n"))
                .isEqualTo("人均预期寿命 |\n岁 |\n78.09 |\n≥79 |\n|\n- |");
        assertThat(normalize("卫生健康工作总结\n\n|\n\n全年完成体检3200人。")).isEqualTo("卫生健康工作总结\n全年完成体检3200人。");
    }

    @Test
    void figuresOfATableFlattenedToBareLinesStayWhilePageNumbersAndCountersGo() {
        assertThat(normalize("指标\n现状值\n目标值\n1\n每千人口执业医师数(人)\n3.2\n≥3.5\n预期性\n说明:含执业助理医师。\n2\n高血压患者规范管理率\n"))
                .isEqualTo("指标\n现状值\n目标值\n1\n每千人口执业医师数(人)\n3.2\n≥3.5\n预期性\n说明:含执业助理医师。\n2\n高血压患者规范管理率");
        // a page number between lines of prose, a footer's year, a page's counter beside its buttons
        assertThat(normalize("全面推进家庭医生签约服务,重点人群签约率\n12\n达到80%以上。")).doesNotContain("12\n");
        assertThat(normalize("区卫健局局长在全区会议上的讲话\n2023\n同志们:今天召开全区卫生健康工作会议")).doesNotContain("2023\n");
        assertThat(normalize("县卫健局部署全年工作\n0\n分享至\n会议总结了去年的工作。")).doesNotContain("0\n");
    }

    @Test
    void aFieldLabelSpreadOutWithSpacesClosesUp() {
        assertThat(normalize("索  引 号: 0012/2024-031\n名  称: 某县卫健局2024年工作要点\n文 号: 某卫发〔2024〕3号"))
                .isEqualTo("索引号: 0012/2024-031\n名称: 某县卫健局2024年工作要点\n文号: 某卫发〔2024〕3号");
        assertThat(normalize("全县设 立 发热门诊3个。")).isEqualTo("全县设 立 发热门诊3个。");
    }

    @Test
    void decodesCharacterReferencesAScraperLeftAsText() {
        assertThat(normalize("新生儿死亡率1.2permil;,较上年下降&nbsp;0.3个百分点,开展&ldquo;母婴安全&rdquo;行动。"))
                .isEqualTo("新生儿死亡率1.2‰,较上年下降0.3个百分点,开展“母婴安全”行动。");
        assertThat(normalize("资料见附件&#8240;。")).isEqualTo("资料见附件‰。");
        assertThat(normalize("项目代码ab;cd保持不变。")).isEqualTo("项目代码ab;cd保持不变。");
    }

    @Test
    void dropsLinkFarmTitlesAndTheBrandNamesTheySpliceIntoTheText() {
        String raw = "在线赌场官网_百家乐平台推荐\n国产精品_高清动漫免费看\n"
                + "开云体育近日,某市卫生健康委印发方案,提出新建社区卫生服务中心3家。\n";
        assertThat(normalize(raw)).isEqualTo("近日,某市卫生健康委印发方案,提出新建社区卫生服务中心3家。");
    }

    @Test
    void aLatinLetteredGamblingBrandGoesWhereverItWasSpliced() {
        assertThat(normalize("全县卫生健康工作会议召开ab88娱乐\n推进综合医ob体育官网改,新建村卫生室12个。"))
                .isEqualTo("全县卫生健康工作会议召开\n推进综合医改,新建村卫生室12个。");
        assertThat(normalize("全县5G网络覆盖率达到95%,建成HIS系统。")).isEqualTo("全县5G网络覆盖率达到95%,建成HIS系统。");
    }

    @Test
    void keepsALineThatOnlyMentionsOneWeakSpamWord() {
        assertThat(normalize("借鉴欧美国家家庭医生制度经验")).isEqualTo("借鉴欧美国家家庭医生制度经验");
    }

    @Test
    void dropsTheSentencesTemplateSitesWrapAReportIn() {
        String raw = "下面是小编为大家整理的某镇卫生院工作总结,供大家参考。\n全年完成体检3200人次。\n"
                + "【文章共2100字,精选参考范文,仅供学习借鉴】\n如若转载,请注明出处:https://example.com/1.html";
        assertThat(normalize(raw)).isEqualTo("全年完成体检3200人次。");
        String notice = "会议要求,年内建成胸痛中心。\n本报稿件未经本网允许,不得转载使用。获授权转载时务必注明来源及作者。";
        assertThat(normalize(notice)).as("a site's copyright notice").isEqualTo("会议要求,年内建成胸痛中心。");
    }

    @Test
    void dropsTheSpamAMirrorSitePutsOverItsPage() {
        String raw = "国产精品久久久_中文字幕在线观看_某某视频\n全县成人高血压患者规范管理率达65%。";
        assertThat(normalize(raw)).isEqualTo("全县成人高血压患者规范管理率达65%。");
    }

    @Test
    void removesPageCountersAndEditingNoticesSplicedIntoASentence() {
        assertThat(normalize("去年 11 月第 2 页 共 9 页下载后可任意编辑份,县委召开全会。"))
                .isEqualTo("去年11月份,县委召开全会。");
    }

    @Test
    void dropsTheSpaceAConverterPutsBetweenADigitAndAChineseCharacter() {
        assertThat(normalize("县卫健委 2024 年工作计划")).isEqualTo("县卫健委2024年工作计划");
        assertThat(normalize("发布时间:2024-05-24 10:30 浏览次数 36")).as("digits and Latin keep their spaces")
                .contains("2024-05-24 10:30");
        assertThat(normalize("人均预期寿命 | 78.2 | 79")).isEqualTo("人均预期寿命 | 78.2 | 79");
    }

    @Test
    void dropsThePreviewADocumentSiteRepeatsTheDocumentIn() {
        String raw = "某县卫健委2024年工作计划\n一、2024年工作计划\n(一)做好传染病防控工作。持续强化监测预警,统筹做好各类传染病防控。\n"
                + "(二)提升基层服务能力。推进村卫生室标准化建设。\n"
                + "摘要:\n某县卫健委2024年工作计划 一、2024年工作计划 (一)做好传染病防控工作。持续强化监测预警,统筹做好各类传染病防控。 (二)提升\n"
                + "全年计划完成体检3200人次,持续强化监测预警。";
        String text = normalize(raw);
        assertThat(text.split("持续强化监测预警,统筹", -1)).as("the preview's copy is gone").hasSize(2);
        assertThat(text).endsWith("全年计划完成体检3200人次,持续强化监测预警。");
    }

    @Test
    void aNewsPagesLeadBlurbGoesAndTheFullParagraphsItRepeatsStay() {
        String raw = "某县召开2025年卫生健康工作会议\n"
                + "3月2日,全县卫生健康工作会议召开。会议总结了2024年工作。2024年,全县家庭医生签约8.6万人,基层诊疗量占比达到\n"
                + "3月2日,全县卫生健康工作会议召开。会议总结了2024年工作。\n"
                + "某县召开2025年卫生健康工作会议(图1)\n"
                + "2024年,全县家庭医生签约8.6万人,基层诊疗量占比达到65.2%,较上年提高3个百分点。\n";
        String text = normalize(raw);
        assertThat(text.split("家庭医生签约8.6万人", -1)).as("one copy of the figures").hasSize(2);
        assertThat(text).contains("3月2日,全县卫生健康工作会议召开。会议总结了2024年工作。\n")
                .endsWith("基层诊疗量占比达到65.2%,较上年提高3个百分点。");
        // a paragraph that ends its sentence is no blurb, though a later one repeats it
        String whole = "全县家庭医生签约8.6万人,重点人群签约率达到80%,签约服务质量进一步提升。\n摘要:全县家庭医生签约8.6万人,重点人群签约率达到80%,签约服务质量进一步提升。今年";
        assertThat(normalize(whole)).startsWith("全县家庭医生签约8.6万人");
    }

    @Test
    void aWrappedTextsBylineAndTheDateUnderItAreNotJoinedToTheParagraphs() {
        String raw = "某某市卫生健康局党组书记、局长 张某某\n"
                + "2021年01月11日\n"
                + "某某市卫生健康局党组书记、局长 张某某\n"
                + "全市共有村卫生室120个,乡镇卫生院14所,全\n"
                + "年组织开展家庭医生签约宣传活动36场次,累计\n"
                + "签约重点人群2.1万人次,签约率达到76.5%,较\n"
                + "上年提高3.2个百分点。\n";
        assertThat(normalize(raw)).isEqualTo("某某市卫生健康局党组书记、局长 张某某\n2021年01月11日\n某某市卫生健康局党组书记、局长 张某某\n"
                + "全市共有村卫生室120个,乡镇卫生院14所,全年组织开展家庭医生签约宣传活动36场次,累计"
                + "签约重点人群2.1万人次,签约率达到76.5%,较上年提高3.2个百分点。");
    }

    @Test
    void joinsLinesAConverterWrappedAtAFixedWidth() {
        String raw = "一、工作开展情况\n"
                + "全县共有村卫生室 120 个,乡镇卫生院 14 所,全年组织开\n"
                + "展家庭医生签约服务宣传活动 36 场次,累计签约重点人群\n"
                + "2.1 万人,签约率达到 76.5%,较上年提高 3.2 个百分点。全\n"
                + "县基本公共卫生服务项目资金已全部拨付到位。\n"
                + "二、存在问题\n";
        assertThat(normalize(raw)).isEqualTo("一、工作开展情况\n"
                + "全县共有村卫生室120个,乡镇卫生院14所,全年组织开展家庭医生签约服务宣传活动36场次,累计签约重点人群"
                + "2.1万人,签约率达到76.5%,较上年提高3.2个百分点。全县基本公共卫生服务项目资金已全部拨付到位。\n"
                + "二、存在问题");
    }

    @Test
    void joinsANumberWrappedApartWithoutASpace() {
        String raw = "全区共有执业医师1200人,注册护士1500人,孕产妇死亡率由39.68/10\n"
                + "万降至17.89/10万,婴儿死亡率由6.1‰降至4.3‰,全年门诊量达到125.\n"
                + "3万人次,全年住院量85.78万人次,较上年增长5.2%,基层首诊率达到6\n"
                + "5%,双向转诊3200人次,比上年增加。";
        assertThat(normalize(raw)).isEqualTo("全区共有执业医师1200人,注册护士1500人,孕产妇死亡率由39.68/10万降至17.89/10万,"
                + "婴儿死亡率由6.1‰降至4.3‰,全年门诊量达到125.3万人次,全年住院量85.78万人次,较上年增长5.2%,"
                + "基层首诊率达到65%,双向转诊3200人次,比上年增加。");
    }

    @Test
    void joinsALineOfCitationsThatHasNoClauseMark() {
        String raw = "为推进健康某市建设,依据《某省卫生健康事业发展规划》(某政发〔2022〕1号)和《某市国民经\n"
                + "济和社会发展第十四个五年规划纲要》、《某市卫生健康“十四五”规划》、《某市医疗\n"
                + "卫生服务体系规划》、《某市公共卫生应急体系建设方案》等文件,编制本实施方案,现\n"
                + "提出如下意见。";
        assertThat(normalize(raw).lines()).hasSize(1);
    }

    @Test
    void leavesShortUnterminatedLinesOfAWebPageAlone() {
        String raw = "某区卫生健康局2023年工作总结\n工作目标\n全区新建社区卫生服务站2个。\n主要做法\n开展义诊活动12场。";
        assertThat(normalize(raw)).isEqualTo(raw);
    }

    @Test
    void putsHeadingsRunIntoTheTextBackOnTheirOwnLines() {
        assertThat(normalize("某县卫生健康局2024年工作计划一、总体要求坚持预防为主。二、重点任务推进医共体建设。"))
                .isEqualTo("某县卫生健康局2024年工作计划\n一、总体要求坚持预防为主。\n二、重点任务推进医共体建设。");
        assertThat(normalize("全年完成目标。(一)强化基层。1.建设卫生院。2.培训村医。"))
                .isEqualTo("全年完成目标。\n(一)强化基层。\n1.建设卫生院。\n2.培训村医。");
    }

    @Test
    void doesNotTakeListedNumeralsOrOutOfSequenceNumbersForHeadings() {
        assertThat(normalize("一、总体目标\n基本实现大病不出县;二、三级医院向下转诊人数增长10%。三、五年内建成医联体。"))
                .isEqualTo("一、总体目标\n基本实现大病不出县;二、三级医院向下转诊人数增长10%。三、五年内建成医联体。");
        assertThat(normalize("床位使用率达到85.5%。人均预期寿命达到78.2岁。")).isEqualTo("床位使用率达到85.5%。人均预期寿命达到78.2岁。");
    }

    @Test
    void aTableRowIsNeverJoinedToTheLinesAroundIt() {
        List<String> lines = List.of(
                "全县共有村卫生室120个,乡镇卫生院14所,全年组织开展家庭",
                "医生签约服务宣传活动36场次,累计签约重点人群2.1万人,签",
                "约率达到76.5%,较上年提高3.2个百分点,基本公共卫生服务",
                "常住人口 | 万人 | 52.1 | 52.6,较上年增加0.5万人 | 16",
                "新生儿访视率 | % | 96.2 | 97.0,较上年提高 | 0.8");
        assertThat(LineJoiner.join(lines)).endsWith(lines.get(3), lines.get(4));
    }

    @Test
    void dropsTheFileAndPageNamesOfADocumentSharingSite() {
        assertThat(normalize("县卫健委2023年工作总结(五页).docx\n县卫健委2023年工作总结(五页).docx_第2页\n全年完成体检3200人次。"))
                .isEqualTo("全年完成体检3200人次。");
    }

    @Test
    void removesADocumentSharingSitesFurniture() {
        String raw = "确保各项任务指标全部达标。\n\n文档评论(0)\n\n1亿VIP精品文档\n\n相关文档\n今日头条:\n请联系网站管理员";
        assertThat(normalize(raw)).doesNotContain("文档评论", "VIP精品文档", "网站管理员").startsWith("确保各项任务指标全部达标。");
    }

    @Test
    void anEnumeratedItemStartsALineOfItsOwn() {
        String raw = "一是在短期内以搭骨架,壮基础为主,\n二是在中期内以强县域医疗质量为主。";
        assertThat(normalize(raw)).isEqualTo(raw);
    }

    @Test
    void removesATemplateSitesOwnSentences() {
        String raw = "出国留学网整理了卫生局下半年工作计划优秀范文供参考\n卫生局下半年工作计划如何写\n下半年完成村卫生室改造20所。";
        assertThat(normalize(raw)).isEqualTo("下半年完成村卫生室改造20所。");
    }

    @Test
    void aPortalsListOfOtherItemsAfterTheArticleIsNotTheArticle() {
        String article = "本报讯 记者从市卫生健康委获悉,2025年全市孕产妇死亡率降至8.6/10万,婴儿死亡率为2.1‰。";
        String raw = article + "\n相关新闻:\n邻市新建社区卫生服务中心12家,年内投入使用。\n猜你喜欢:";
        assertThat(normalize(raw)).isEqualTo(article);
    }

    @Test
    void aListHeadingBeforeTheArticleBeginsCutsNothing() {
        String raw = "新闻推荐\n本报讯 记者从市卫生健康委获悉,2025年全市新建社区卫生服务中心12家,均已投入使用。";
        assertThat(normalize(raw)).endsWith("均已投入使用。").contains("2025年全市");
    }

    @Test
    void aDocumentsNameWrappedInsideItsMarksIsOneLine() {
        String raw = "为做好2024年爱国卫生工作,现将《某县\n2024年爱国卫生工作方案》印发给你们,请认真组织实施。";
        assertThat(normalize(raw)).isEqualTo("为做好2024年爱国卫生工作,现将《某县2024年爱国卫生工作方案》印发给你们,请认真组织实施。");
    }

    @Test
    void aTemplateSitesPaywallLineIsFurniture() {
        assertThat(normalize("• 点击查看:3分钟在线开通会员查看此文章\n全年完成体检3200人次。")).isEqualTo("全年完成体检3200人次。");
    }
}
