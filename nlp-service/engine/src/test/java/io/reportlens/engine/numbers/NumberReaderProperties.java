package io.reportlens.engine.numbers;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A number written out by a generator (Arabic, Chinese, with 万/亿, with decimals, as a percentage, signed) and
 * placed in a sentence is read back as that number; and no text makes the reader throw or read past the
 * characters a number can be written with.
 */
class NumberReaderProperties {

    private static final String CHINESE_DIGITS = "零一二三四五六七八九";
    /** Words before and after the number: none of them continues a number. */
    private static final String[] BEFORE = {"全年共", "累计", "达到", "共有", "投入资金", "年末"};
    private static final String[] AFTER = {"人", "元", "家", "张。", ",", ""};

    @Property(tries = 300)
    void readsArabicNumbersBack(@ForAll @LongRange(max = 999_999_999_999L) long whole, @ForAll @IntRange(max = 3) int places,
                                @ForAll @IntRange(max = 999) int fraction, @ForAll boolean grouped,
                                @ForAll("before") String before, @ForAll("after") String after) {
        BigDecimal number = BigDecimal.valueOf(whole).add(BigDecimal.valueOf(fraction % (int) Math.pow(10, places), places));
        String written = grouped ? String.format(Locale.ROOT, "%,." + places + "f", number) : number.toPlainString();
        assertReadBack(before, written, after, number.doubleValue());
    }

    @Property(tries = 300)
    void readsChineseNumbersBack(@ForAll @LongRange(max = 999_999_999_999_999L) long n, @ForAll boolean liang,
                                 @ForAll("before") String before, @ForAll("after") String after) {
        assertReadBack(before, chinese(n, liang), after, n);
    }

    @Property(tries = 200)
    void readsChineseDecimalsBack(@ForAll @IntRange(max = 99_999) int whole, @ForAll @IntRange(min = 1, max = 9999) int fraction,
                                  @ForAll boolean wan, @ForAll("before") String before) {
        if (wan) whole %= 10_000; // 三十点八万; a number of 万 with a decimal part stays below 一万 (else it is written in 亿)
        String digits = String.valueOf(fraction);
        StringBuilder written = new StringBuilder(chinese(whole, false)).append('点');
        for (char c : digits.toCharArray()) written.append(CHINESE_DIGITS.charAt(c - '0'));
        double value = Double.parseDouble(whole + "." + digits) * (wan ? 1e4 : 1);
        assertReadBack(before, written + (wan ? "万" : ""), "人次", value);
    }

    /** 4亿5000万, 3万4000, 12.5万, 7.5万亿: Arabic digits with 万 and 亿. */
    @Property(tries = 300)
    void readsArabicWithWanAndYiBack(@ForAll @IntRange(max = 9999) int yi, @ForAll @IntRange(max = 9999) int wan,
                                     @ForAll @IntRange(max = 9999) int units, @ForAll("before") String before) {
        StringBuilder written = new StringBuilder();
        if (yi > 0) written.append(yi).append('亿');
        if (wan > 0) written.append(wan).append('万');
        if (units > 0 || written.isEmpty()) written.append(units);
        assertReadBack(before, written.toString(), "元", yi * 1e8 + wan * 1e4 + units);
    }

    @Property(tries = 200)
    void readsDecimalsWithAMultiplierBack(@ForAll @DoubleRange(min = 0.01, max = 9999.99) double x, @ForAll boolean trillion,
                                          @ForAll("before") String before) {
        BigDecimal number = BigDecimal.valueOf(x).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        String multiplier = trillion ? "万亿" : "亿";
        double value = number.multiply(BigDecimal.TEN.pow(trillion ? 12 : 8)).doubleValue();
        assertReadBack(before, number.toPlainString() + multiplier, "元", value);
    }

    @Property(tries = 200)
    void readsPercentagesBack(@ForAll @IntRange(max = 100) int whole, @ForAll @IntRange(max = 9) int tenth,
                              @ForAll boolean arabic, @ForAll("before") String before) {
        String number = arabic ? whole + "." + tenth : chinese(whole, false) + "点" + CHINESE_DIGITS.charAt(tenth);
        Reading r = readAfter(before, "百分之" + number, "的家庭");
        assertThat(r.value()).isCloseTo(whole + tenth / 10.0, within(1e-9));
        assertThat(r.impliedUnit()).isEqualTo("%");
        Reading perMille = readAfter(before, "千分之" + number, "");
        assertThat(perMille.impliedUnit()).isEqualTo("‰");
        assertThat(perMille.value()).isCloseTo(whole + tenth / 10.0, within(1e-9));
    }

    @Property(tries = 200)
    void readsSignedNumbersBack(@ForAll @IntRange(min = 1, max = 99_999) int n, @ForAll @IntRange(max = 9) int tenth) {
        double value = n + tenth / 10.0;
        assertThat(readAfter("同比增长", "-" + n + "." + tenth, "%").value()).isEqualTo(-value);
        assertThat(readAfter("增幅为", "负" + chinese(n, false), "个百分点").value()).isEqualTo(-n);
    }

    @Property(tries = 200)
    void readsRangesBack(@ForAll @IntRange(min = 1, max = 500) int low, @ForAll @IntRange(min = 1, max = 500) int step,
                         @ForAll boolean wan) {
        Reading r = readAfter("每所补助", low + "-" + (low + step) + (wan ? "万" : ""), "元");
        double scale = wan ? 1e4 : 1;
        assertThat(r.value()).isEqualTo(low * scale);
        assertThat(r.high()).isEqualTo((low + step) * scale);
    }

    /** At every position of any text the reader returns a number within the text, or none, and never throws. */
    @Property(tries = 500)
    void neverThrowsAndReadsOnlyNumberCharacters(@ForAll("numberish") String text) {
        for (int i = 0; i < text.length(); i++) {
            Reading r = NumberReader.read(text, i);
            if (r == null) continue;
            assertThat(r.start()).isEqualTo(i);
            assertThat(r.end()).isGreaterThan(i).isLessThanOrEqualTo(text.length());
            assertThat(Double.isFinite(r.value())).isTrue();
            // the reader's loops only advance over characters a number is written with, so one reading
            // costs at most the run of such characters at its start: a scan over a text stays linear
            for (int k = i; k < r.end(); k++) assertThat(NUMBER_CHARACTERS).contains(String.valueOf(text.charAt(k)));
        }
        NumberReader.whole(text);
        NumberReader.digits(text);
    }

    private static final String NUMBER_CHARACTERS = "0123456789零〇一二两兩三四五六七八九十百千万萬亿億点點。.,"
            + "负負-−－余多餘分之成/–—~～至到";

    @Provide
    Arbitrary<String> numberish() {
        Arbitrary<Character> piece = Arbitraries.oneOf(
                Arbitraries.of(NUMBER_CHARACTERS.chars().mapToObj(c -> (char) c).toArray(Character[]::new)),
                Arbitraries.of('%', '‰', '人', '元', '第', '年', '\n', ' ', '的', 'k', '岁', '克'),
                Arbitraries.chars());
        Arbitrary<String> chars = piece.list().ofMaxSize(60).map(l -> {
            StringBuilder s = new StringBuilder();
            l.forEach(s::append);
            return s.toString();
        });
        Arbitrary<String> longRuns = Combinators.combine(Arbitraries.of("9", "九", "万", "点五", ",999", "十"), Arbitraries.integers().between(1, 400))
                .as((s, times) -> s.repeat(times));
        return Arbitraries.oneOf(chars, longRuns, chars.list().ofMaxSize(4).map(l -> String.join("百分之", l)));
    }

    @Provide
    Arbitrary<String> before() {
        return Arbitraries.of(BEFORE);
    }

    @Provide
    Arbitrary<String> after() {
        return Arbitraries.of(AFTER);
    }

    private static void assertReadBack(String before, String written, String after, double value) {
        Reading r = readAfter(before, written, after);
        assertThat(r.value()).as(written).isCloseTo(value, within(Math.max(1e-9, Math.abs(value) * 1e-12)));
        assertThat(r.end()).as(written).isEqualTo(before.length() + written.length());
        assertThat(r.impliedUnit()).isNull();
    }

    private static Reading readAfter(String before, String written, String after) {
        Reading r = NumberReader.read(before + written + after, before.length());
        assertThat(r).as(written).isNotNull();
        return r;
    }

    /** n in Chinese numerals as a report writes it: 零 for a gap, 一十 shortened to 十 at the start, optionally 两 before 百/千. */
    static String chinese(long n, boolean liang) {
        if (n == 0) return "零";
        long yi = n / 100_000_000L;
        long rest = n % 100_000_000L;
        StringBuilder s = new StringBuilder();
        if (yi > 0) s.append(belowYi(yi, liang)).append('亿');
        if (rest > 0) {
            if (yi > 0 && rest < 10_000_000L) s.append('零');
            s.append(belowYi(rest, liang));
        }
        String out = s.toString();
        return out.startsWith("一十") ? out.substring(1) : out;
    }

    private static String belowYi(long n, boolean liang) {
        long wan = n / 10_000;
        long units = n % 10_000;
        StringBuilder s = new StringBuilder();
        if (wan > 0) s.append(section((int) wan, liang)).append('万');
        if (units > 0) {
            if (wan > 0 && units < 1000) s.append('零');
            s.append(section((int) units, liang));
        }
        return s.toString();
    }

    private static String section(int n, boolean liang) {
        StringBuilder s = new StringBuilder();
        boolean gap = false;
        int[] places = {1000, 100, 10, 1};
        String[] units = {"千", "百", "十", ""};
        for (int k = 0; k < places.length; k++) {
            int d = n / places[k] % 10;
            if (d == 0) {
                gap = !s.isEmpty();
                continue;
            }
            if (gap) s.append('零');
            gap = false;
            s.append(d == 2 && liang && places[k] >= 100 ? '两' : CHINESE_DIGITS.charAt(d)).append(units[k]);
        }
        return s.toString();
    }
}
