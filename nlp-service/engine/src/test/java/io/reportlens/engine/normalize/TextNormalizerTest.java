package io.reportlens.engine.normalize;

import io.reportlens.engine.SampleReport;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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
    void keepsChinesePunctuationThatHasNoAsciiTwin() {
        assertThat(normalize("开展“健康进万家”活动、《健康报》宣传。")).isEqualTo("开展“健康进万家”活动、《健康报》宣传。");
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
    void removesPinyinAfterCharactersButNotRealParentheses() {
        assertThat(normalize("全面加強衛(wèi)生應(yīng)急能力建設,每千人口執業(助理)醫師2.1人。"))
                .isEqualTo("全面加强卫生应急能力建设,每千人口执业(助理)医师2.1人。");
        assertThat(normalize("(一)推行PDCA(plan)循环管理")).isEqualTo("(一)推行PDCA(plan)循环管理");
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
    void removesReadingTimeBannersAndCounters() {
        String raw = "editor 分享 时间: 加入收藏 共计3200个字,预计阅读时长8分钟\n全年完成体检5.2万人次。\n收藏\n0\n有帮助\n0";
        assertThat(normalize(raw)).isEqualTo("全年完成体检5.2万人次。");
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
}
