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
}
