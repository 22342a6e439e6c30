package io.reportlens.engine.commitments;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TargetFinderTest {

    private static String read(String sentence) {
        return TargetFinder.readFigures(sentence).stream()
                .map(f -> f.target().value() + (f.target().valueHigh() == null ? "" : "-" + f.target().valueHigh())
                        + f.target().unit() + f.target().comparator())
                .toList().toString();
    }

    @Test
    void readsFiguresWithTheirUnitsScalesRangesAndComparators() {
        assertThat(read("新增托位1500个,托位数达到3.6个")).isEqualTo("[1500.0个=, 3.6个=]");
        assertThat(read("巡诊服务20万人次以上")).isEqualTo("[200000.0人次>=]");
        assertThat(read("确保死亡率降至8%以下")).isEqualTo("[8.0%<=]");
        assertThat(read("床位数达到6.2张左右")).isEqualTo("[6.2张~]");
        assertThat(read("建成2-3个示范机构")).isEqualTo("[2.0-3.0个=]");
        assertThat(read("至少培养1名全科医生")).isEqualTo("[1.0名>=]");
        assertThat(read("完成2/3以上村卫生室督导")).isEqualTo("[66.67%>=]");
        assertThat(read("孕产妇死亡率控制在10/10万以下")).isEqualTo("[10.0/10万<=]");
    }

    @Test
    void skipsPlanNamesYearsAgesCodesAndResultsAlreadyReached() {
        assertThat(read("落实《行动计划(2021-2025年)》")).isEqualTo("[]");
        assertThat(read("推进“5G+医疗”和6S管理,对标TOP10专科")).isEqualTo("[]");
        assertThat(read("加强0-6岁儿童眼保健")).isEqualTo("[]");
        assertThat(read("已成立了12个专班,每月督导一次")).isEqualTo("[]");
    }
}
