package io.reportlens.engine.numbers;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LostMonthsTest {

    @Test
    void readsTheOnlySplitThatIsADate() {
        assertThat(LostMonths.monthDay("318")).containsExactly(3, 18);
        assertThat(LostMonths.monthDay("1231")).containsExactly(12, 31);
    }

    @Test
    void refusesDigitsThatReadTwoWaysOrNone() {
        assertThat(LostMonths.monthDay("112")).isNull(); // 1月12日 or 11月2日
        assertThat(LostMonths.monthDay("100")).isNull();
        assertThat(LostMonths.monthDay("431")).isNull(); // no 31 April, no 43rd month
    }
}
