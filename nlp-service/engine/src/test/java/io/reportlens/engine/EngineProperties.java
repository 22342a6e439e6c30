package io.reportlens.engine;

import io.reportlens.engine.model.Commitment;
import io.reportlens.engine.model.ExtractionResult;
import io.reportlens.engine.model.Metric;
import io.reportlens.engine.model.Section;
import io.reportlens.engine.model.SourceHints;
import io.reportlens.engine.read.SourceDocument;
import io.reportlens.engine.read.UnreadableDocumentException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine never throws on text, and every span it reports is the text it points at. */
class EngineProperties {

    private static final ReportExtractor ENGINE = new ReportExtractor();

    /** Pieces of real reports and of the noise around them, so generated input hits every rule. */
    private static final List<String> PIECES = List.of(
            "一、", "二、", "十一、", "(一)", "(十)", "1.", "12.", "(3)", "一是", "二是", "三是", "唯一是", "。", ",", ";", ":", "\n", "\n\n",
            "2023年", "2024年工作计划", "主要工作情况", "存在问题", "下一步", "重点任务", "卫生健康局", "广州市番禺区", "乌兰察布",
            "朝阳区卫生健康委员会", "卫健委", "2022年7月25日", "(2020年3月18日)", "发布时间:2024-03-29", "标题:", "关于印发《", "》的通知",
            "衛(wèi)生", "醫療", "(代写文章:微信:13258028938)", "抖音账号:写作屋", "选择语言", "扫一扫", "阅读次数:-", "收藏", "同志们:",
            "?。ǘ┘涌", "??圃u", "\uFFFD", "┏", "ㄈ", "ǘ", "\u3000", "，", "（", "）", "４.９４张", "每千常住人口床位4.94张",
            "签约率达74.5%", "建成7家", "年底前", "力争", "确保", "\r\n", "\u2028", " ", "?", "(", ")", "《", "\uD83D\uDE00");

    @Provide
    Arbitrary<String> reports() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES), Arbitraries.strings().ofMaxLength(6));
        return piece.list().ofMaxSize(120).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 400)
    void spansPointIntoTheNormalizedText(@ForAll("reports") String raw) {
        ExtractionResult r = ENGINE.extractText(raw, SourceHints.none());
        String text = r.text();
        for (Section s : r.sections()) {
            assertThat(s.start()).isBetween(0, text.length());
            assertThat(s.end()).isBetween(s.start() + s.heading().length(), text.length());
            assertThat(text.substring(s.start(), s.start() + s.heading().length())).isEqualTo(s.heading());
            assertThat(s.kind()).isIn("review", "problems", "plan", "other");
        }
        for (Metric m : r.metrics()) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
        for (Commitment c : r.commitments()) {
            assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text());
        }
    }

    @Property(tries = 200)
    void anyBytesAreReadOrRefusedWithAReason(@ForAll byte[] bytes) {
        try {
            ExtractionResult r = ENGINE.extract(new SourceDocument(bytes, null, null), SourceHints.none());
            assertThat(r.text()).isNotNull();
        } catch (UnreadableDocumentException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
