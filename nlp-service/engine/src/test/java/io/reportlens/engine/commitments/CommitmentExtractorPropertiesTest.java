package io.reportlens.engine.commitments;

import io.reportlens.engine.frame.FrameReader;
import io.reportlens.engine.model.Commitment;
import io.reportlens.engine.model.ReportMetadata;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CommitmentExtractorPropertiesTest {

    private final CommitmentExtractor extractor = new CommitmentExtractor();

    /** Any text made of report words, numbers and punctuation: no exception, and every span is exact. */
    @Property(tries = 300)
    void neverFailsAndKeepsTheOffsetsInvariant(@ForAll("reportLikeText") String text, @ForAll("docTypes") String docType) {
        ReportMetadata report = new ReportMetadata(null, null, null, null, null, null, docType, null, null, "simplified");
        List<Commitment> commitments = extractor.extract("k", text, FrameReader.frame(text, report, List.of()), List.of());
        assertThat(commitments).allSatisfy(c -> {
            assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text());
            assertThat(c.deadlines()).allSatisfy(d -> assertThat(d.date() == null || d.date().matches("\\d{4}-\\d{2}-\\d{2}")).isTrue());
        });
    }

    @Provide
    Arbitrary<String> reportLikeText() {
        Arbitrary<String> token = Arbitraries.of("年内", "今年", "明年", "下一步", "下半年", "上半年", "要", "将", "确保", "力争", "探索",
                "完成", "建成", "达到", "2024年", "2025年底", "十四五期间", "3月底前", "6月30日前", "用三年时间", "85%", "以上", "2-3个",
                "2/3", "10/10万", "《方案(2021-2025年)》", "“三个一”", "市中心医院", "各县区", "卫生院", "中医馆", "一、", "(二)",
                "1.", "工作计划", "总结", "存在问题", ",", "。", "；", ";", "\n", " ", "”", "《", ")");
        return token.list().ofMaxSize(60).map(tokens -> String.join("", tokens));
    }

    @Provide
    Arbitrary<String> docTypes() {
        return Arbitraries.of("plan", "summary", "summary_and_plan", "speech").injectNull(0.2);
    }
}
