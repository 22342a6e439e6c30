package io.reportlens.engine.numbers;

/**
 * Numbers whose form is a proportion: N分之M (百分之八十五, 千分之2.4, 万分之三, 十万分之十二点三, 三分之一,
 * 16分之5), a/b (2/3) and tenths with 成 (六成, 9成, 八点五成, 四成三).
 */
final class Proportions {

    /** The longest denominator before 分之 looked for: 一百万万 (four characters) and a little room. */
    private static final int MAX_DENOMINATOR = 6;
    /**
     * The characters that may follow N成 when it is a proportion (八成以上, 六成左右, 九成多, 八成的, 六成是, 六成至七成);
     * before any other character 成 starts a word (三成立, 成效, 成为).
     */
    private static final String AFTER_TENTHS = "以左多的上是至和及或";

    private Proportions() {
    }

    /** N分之M, or null. The unit follows the denominator: 100 → %, 1000 → ‰, 10^4 → /万, 10^5 → /10万, others a percentage. */
    static Reading fraction(String text, int pos) {
        int fen = indexWithin(text, "分之", pos + 1, pos + 1 + MAX_DENOMINATOR);
        if (fen < 0) return null;
        double den;
        if (fen == pos + 1 && Numerals.bigUnit(text.charAt(pos)) == 1e4) {
            den = 1e4;
        } else {
            Magnitude.Parsed d = Magnitude.parse(text, pos, fen);
            if (d == null || d.end() != fen || d.more()) return null;
            den = d.value();
        }
        int numStart = fen + 2;
        if (den <= 0 || numStart >= text.length() || !startsUnsigned(text.charAt(numStart))) return null;
        Magnitude.Parsed num = Magnitude.parse(text, numStart);
        if (num == null) return null;
        boolean chinese = !Numerals.isAsciiDigit(text.charAt(pos));
        String unit = den == 100 ? "%" : den == 1000 ? "‰" : den == 1e4 ? "/万" : den == 1e5 ? "/10万" : null;
        double value = unit != null ? num.value() : num.value() / den * 100;
        return new Reading(pos, num.end(), value, null, chinese, num.more(), unit == null ? "%" : unit, false);
    }

    /** 2/3 → 66.67 %: one or two digits over one or two digits, a proper fraction (12/31 is a date, 1/10万 a rate). */
    static Reading slash(String text, int pos) {
        int n = text.length();
        if (!Numerals.isAsciiDigit(text.charAt(pos))) return null;
        int i = pos;
        while (i < n && Numerals.isAsciiDigit(text.charAt(i))) i++;
        if (i - pos > 2 || i + 1 >= n || text.charAt(i) != '/' || !Numerals.isAsciiDigit(text.charAt(i + 1))) return null;
        int j = i + 1;
        while (j < n && Numerals.isAsciiDigit(text.charAt(j))) j++;
        if (j - i - 1 > 2 || (j < n && "/.万千".indexOf(text.charAt(j)) >= 0)) return null;
        int num = Integer.parseInt(text, pos, i, 10);
        int den = Integer.parseInt(text, i + 1, j, 10);
        if (den == 0 || num > den) return null;
        return new Reading(pos, j, num * 100.0 / den, null, false, false, "%", false);
    }

    /** N成 → N×10 %, read from the number {@code plain} already read at {@code pos}; null when 成 does not follow. */
    static Reading tenths(String text, int pos, Magnitude.Parsed plain) {
        int n = text.length();
        int i = plain.end();
        if (i >= n || text.charAt(i) != '成' || plain.more() || plain.value() <= 0 || plain.value() > 10) return null;
        i++;
        boolean chinese = !Numerals.isAsciiDigit(text.charAt(pos));
        double percent = plain.value() * 10;
        boolean wholeDigit = plain.value() < 10 && plain.value() == Math.rint(plain.value());
        if (chinese && wholeDigit && i < n && Numerals.isDecimalDigit(text.charAt(i)) && Numerals.digit(text.charAt(i)) > 0) {
            percent += Numerals.digit(text.charAt(i));
            i++;
        } else if (!chinese && wholeDigit && i < n && Numerals.isAsciiDigit(text.charAt(i)) && text.charAt(i) != '0'
                && (i + 1 >= n || isCjk(text.charAt(i + 1)))) {
            percent += text.charAt(i) - '0'; // 6成7有高血压: six tenths and seven hundredths, one digit after 成
            return new Reading(pos, i + 1, Magnitude.clean(percent, 2), null, false, false, "%", false);
        }
        if (i < n && isCjk(text.charAt(i)) && AFTER_TENTHS.indexOf(text.charAt(i)) < 0) return null;
        return new Reading(pos, i, Magnitude.clean(percent, 2), null, chinese, false, "%", false);
    }

    private static boolean startsUnsigned(char c) {
        return Numerals.isAsciiDigit(c) || Numerals.digit(c) >= 0 || Numerals.smallUnit(c) > 0;
    }

    /** Where {@code word} starts in [from, to), or -1: a bounded search, so reading stays linear. */
    private static int indexWithin(String text, String word, int from, int to) {
        int last = Math.min(to, text.length() - word.length() + 1);
        for (int i = from; i < last; i++) if (text.startsWith(word, i)) return i;
        return -1;
    }

    private static boolean isCjk(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }
}
