package io.reportlens.engine.tables;

import io.reportlens.engine.ReportExtractor;
import io.reportlens.engine.model.ExtractionResult;
import io.reportlens.engine.model.Metric;
import io.reportlens.engine.model.SourceHints;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever shape of table text comes in, tables are found without error and every span holds. */
class TablePropertiesTest {

    private static final ReportExtractor ENGINE = new ReportExtractor();
    private static final TableFinder FINDER = new TableFinder();

    /** Cells, separators and header words of indicator tables, and the prose around them. */
    private static final List<String> PIECES = List.of(
            " | ", "|", " |\n", "\n", "\t", "   ", "\u3000\u3000", "序号", "指标", "指标名称", "单位", "领域", "现状", "目标值",
            "2020年", "2025年", "2025年目标", "基期值(2020年)", "(%)", "牵头单位", "属性", "1", "2", "3", "人均预期寿命",
            "孕产妇死亡率", "岁", "%", "‰", "1/10万", "/10万", "万人", "78.5", "≥79.2", "<7", "≤12.7", ">95", "90以上", "2%左右",
            "较2022年 下降3%", "持续改善", "建成", "-", "一、健康水平", "注:", "。", ",", "每年提升", "0", " ", "基期值", "同比增长(%)",
            "数值(预期)", "-2.4", "健康服务");

    @Provide
    Arbitrary<String> tableTexts() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES), Arbitraries.strings().ofMaxLength(4));
        return piece.list().ofMaxSize(150).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 400)
    void cellsAndMetricsPointAtTheirText(@ForAll("tableTexts") String raw) {
        ExtractionResult r = ENGINE.extractText(raw, SourceHints.none());
        String text = r.text();
        for (Table t : FINDER.find(text)) {
            assertThat(t.start()).isBetween(0, t.end());
            for (Row row : t.rows()) {
                if (t.hasHeader()) assertThat(row.cells()).hasSize(t.columns().size());
                for (Cell c : row.cells()) assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text());
            }
        }
        for (Metric m : r.metrics()) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            assertThat(m.unit()).isNotNull();
            assertThat(m.comparator()).isIn("=", ">=", "<=", ">", "<", "~");
        }
    }
}
