package io.reportlens.engine.sections;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class YearsTest {

    @Test
    void yearsBeforeNianAreReadAsWrittenAndAYearOfTheRepublicInTheCommonEra() {
        assertThat(Years.all("2023年工作总结和2024年工作计划,力争12年内完成")).containsExactly(2023, 2024);
        assertThat(Years.first("2023年度")).isEqualTo(2023);
        assertThat(Years.first("建院60年")).isNull();
        assertThat(Years.ofRepublic(113)).isEqualTo(2024);
        assertThat(Years.ofRepublic(79)).isEqualTo(1990);
    }
}
