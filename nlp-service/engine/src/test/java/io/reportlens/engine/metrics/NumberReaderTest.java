package io.reportlens.engine.metrics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NumberReaderTest {

    @ParameterizedTest
    @CsvSource({
            "签约居民3568人, 4, 3568",
            "'投入资金1,250.5万元', 4, 12505000",
            "床位达4.87张, 3, 4.87",
            "筹集资金28.6亿元, 4, 2860000000",
            "开设两家门诊, 2, 2",
            "十三个乡镇, 0, 13",
            "一百三十三周, 0, 133",
            "四十三點六萬人次, 0, 436000",
            "四十三点六个, 0, 43.6",
            "二十万人, 0, 200000",
            "一千零五例, 0, 1005",
    })
    void readsArabicAndChineseNumbers(String text, int at, double expected) {
        NumberReader.ReadNumber n = NumberReader.read(text, at);
        assertThat(n).isNotNull();
        assertThat(n.value()).isCloseTo(expected, within(1e-6));
    }

    @Test
    void readsFractionsAsPercent() {
        NumberReader.ReadNumber twoThirds = NumberReader.read("覆盖2/3以上的村", 2);
        assertThat(twoThirds.value()).isEqualTo(66.67);
        assertThat(twoThirds.impliedUnit()).isEqualTo("%");
        NumberReader.ReadNumber oneThird = NumberReader.read("约三分之一的机构", 1);
        assertThat(oneThird.value()).isEqualTo(33.33);
        NumberReader.ReadNumber hundredth = NumberReader.read("百分之八十五的家庭", 0);
        assertThat(hundredth.value()).isEqualTo(85);
    }

    @Test
    void readsTenthsWrittenWithCheng() {
        assertThat(NumberReader.read("四成三的患者", 0).value()).isEqualTo(43);
        assertThat(NumberReader.read("八成以上", 0).value()).isEqualTo(80);
        assertThat(NumberReader.read("三成立了", 0)).satisfiesAnyOf(
                n -> assertThat(n).isNull(), n -> assertThat(n.impliedUnit()).isNull());
    }

    @Test
    void readsRanges() {
        NumberReader.ReadNumber arabic = NumberReader.read("建成2-3个示范点", 2);
        assertThat(arabic.value()).isEqualTo(2);
        assertThat(arabic.high()).isEqualTo(3.0);
        NumberReader.ReadNumber wave = NumberReader.read("2～3个", 0);
        assertThat(wave.high()).isEqualTo(3.0);
        NumberReader.ReadNumber chinese = NumberReader.read("三至七周", 0);
        assertThat(chinese.value()).isEqualTo(3);
        assertThat(chinese.high()).isEqualTo(7.0);
    }

    @Test
    void marksApproximationsWithYuAndDuo() {
        NumberReader.ReadNumber yu = NumberReader.read("培训3万余人次", 2);
        assertThat(yu.value()).isEqualTo(30000);
        assertThat(yu.more()).isTrue();
        NumberReader.ReadNumber duo = NumberReader.read("600多人", 0);
        assertThat(duo.value()).isEqualTo(600);
        assertThat(duo.more()).isTrue();
    }

    @Test
    void rejectsNumeralRunsThatAreNotNumbers() {
        assertThat(NumberReader.read("十四五规划", 0)).isNull();
        assertThat(NumberReader.read("二〇二三年", 0)).isNull();
    }
}
