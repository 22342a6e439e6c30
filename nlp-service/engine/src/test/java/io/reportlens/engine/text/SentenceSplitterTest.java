package io.reportlens.engine.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {

    @Test
    void splitsAtSentenceAndClauseMarksAndLineBreaksKeepingExactOffsets() {
        String text = "  一、工作计划\n年内,甲要建成中心;乙要完成改造。争取达标！其余照常?下一段；末句";
        List<Sentence> sentences = new SentenceSplitter().split(text);
        assertThat(sentences).extracting(s -> s.text(text))
                .containsExactly("一、工作计划", "年内,甲要建成中心", "乙要完成改造", "争取达标", "其余照常", "下一段", "末句");
        assertThat(sentences.get(1).group()).isEqualTo(sentences.get(2).group());
        assertThat(sentences.get(2).group()).isNotEqualTo(sentences.get(3).group());
        assertThat(sentences.get(1).lineStart()).isEqualTo(text.indexOf("年内"));
    }

    @Test
    void aQuestionMarkStandingForALostCharacterEndsNoSentence() {
        String text = "要以敢于担当?shù)锐气攻坚克难,谱写新篇章。全面落实??圃u改革任务。真的完成了吗?完成了。";
        assertThat(new SentenceSplitter().split(text)).extracting(s -> s.text(text)).containsExactly(
                "要以敢于担当?shù)锐气攻坚克难,谱写新篇章", "全面落实??圃u改革任务", "真的完成了吗", "完成了");
    }

    @Test
    void aNoteInBracketsClosingItsLineAfterAFullStopStaysWithItsSentence() {
        String text = "1.建成区域检验中心,覆盖全部乡镇。(2025年6月底前完成)\n2.完善转诊制度。(牵头单位:县卫健局) 其后另起一句。\n3.开展培训。";
        List<Sentence> sentences = new SentenceSplitter().split(text);
        assertThat(sentences).extracting(s -> s.text(text)).containsExactly(
                "1.建成区域检验中心,覆盖全部乡镇。(2025年6月底前完成)", "2.完善转诊制度", "(牵头单位:县卫健局) 其后另起一句", "3.开展培训");
        assertThat(sentences.get(1).lineStart()).isEqualTo(text.indexOf("2.完善"));
        String news = "会议要求,年内建成胸痛中心。(记者 张某 通讯员 李某)\n";
        assertThat(new SentenceSplitter().split(news)).extracting(s -> s.text(news))
                .as("a byline is no note of the sentence").containsExactly("会议要求,年内建成胸痛中心", "(记者 张某 通讯员 李某)");
    }
}
