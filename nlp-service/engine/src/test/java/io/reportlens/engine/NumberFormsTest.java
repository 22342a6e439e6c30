package io.reportlens.engine;

import io.reportlens.engine.model.Metric;
import io.reportlens.engine.model.SourceHints;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The number rows of issue 16's table, each sentence through the whole engine to one metric. */
class NumberFormsTest {

    private static final ReportExtractor ENGINE = new ReportExtractor();

    @ParameterizedTest(name = "{0} → {1} {2} {3}")
    @CsvSource(delimiter = '|', value = {
            "全年完成项目投资四亿五千万元  | 450000000     | 元 | actual | 四亿五千万元",
            "全年报销医疗费用4亿5000万元   | 450000000     | 元 | actual | 4亿5000万元",
            "卫生总费用达到9.1万亿元       | 9100000000000 | 元 | actual | 9.1万亿元",
            "全县共有床位一千零十张        | 1010          | 张 | actual | 一千零十张",
            "门诊量同比增长百分之三点五    | 3.5           | %  | change | 百分之三点五",
            "住院量同比增长-5.1%           | -5.1          | %  | change | -5.1%",
            "全市百分之八十五的家庭签约    | 85            | %  | actual | 百分之八十五",
    })
    void readsEachRowOfTheIssue(String sentence, double value, String unit, String kind, String raw) {
        List<Metric> metrics = ENGINE.extractText(sentence.strip() + "。", SourceHints.none()).metrics();
        assertThat(metrics).hasSize(1);
        Metric m = metrics.get(0);
        assertThat(m.value()).isCloseTo(value, within(1e-6));
        assertThat(m.unit()).isEqualTo(unit);
        assertThat(m.kind()).isEqualTo(kind);
        assertThat(m.raw()).isEqualTo(raw);
    }
}
