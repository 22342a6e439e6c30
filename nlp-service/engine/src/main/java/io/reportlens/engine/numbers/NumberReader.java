package io.reportlens.engine.numbers;

/**
 * The engine's one reader of numbers written in Chinese reports: Arabic, Chinese or mixed numerals with
 * 万/亿 multiplied out, decimals, thousands separators, signs, 余/多, ranges (2-3, 三至七, 3-5万) and
 * proportions (百分之, 千分之, 万分之, N分之M, 2/3, 成). It reads at a position and never looks further
 * than the number it reads plus a few characters, so a scan over a text stays linear.
 */
public final class NumberReader {

    private static final String RANGE_SEPARATORS = "-－–—~～至到";
    /** Characters after which a hyphen is a dash or a joiner (2020-2025, GB-2019, 0311-123), not a minus. */
    private static final String JOINERS = "-−－–—~～._/";
    private static final int MAX_UNIT_LENGTH = 2;

    private NumberReader() {
    }

    /** Whether a number can start at {@code pos}: a digit, 十百千, 万分之, or a minus sign before one. */
    public static boolean startsNumber(String text, int pos) {
        char c = text.charAt(pos);
        if (startsUnsigned(c)) return true;
        if (pos + 1 >= text.length()) return false;
        char next = text.charAt(pos + 1);
        if (Numerals.bigUnit(c) == 1e4) return text.startsWith("分之", pos + 1);
        if (Numerals.isChineseMinus(c)) return startsUnsigned(next);
        return Numerals.isMinus(c) && Numerals.isAsciiDigit(next) && !(pos > 0 && joins(text.charAt(pos - 1)))
                && !afterAFiguresUnit(text, pos);
    }

    /** 5月-6个月, 3岁-6岁: a hyphen right after a figure and its unit joins a range; it is no minus sign. */
    private static boolean afterAFiguresUnit(String text, int pos) {
        int i = pos - 1;
        while (i >= 0 && pos - i <= MAX_UNIT_LENGTH && Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN
                && !Numerals.isNumeral(text.charAt(i))) i--;
        return i >= 0 && i < pos - 1 && (Numerals.isAsciiDigit(text.charAt(i)) || Numerals.isNumeral(text.charAt(i)));
    }

    /** The number starting at {@code pos}, or null when none does. */
    public static Reading read(String text, int pos) {
        if (pos < 0 || pos >= text.length() || !startsNumber(text, pos)) return null;
        char c = text.charAt(pos);
        boolean signed = Numerals.isMinus(c) || Numerals.isChineseMinus(c);
        Reading r = signed ? unsigned(text, pos + 1, false) : unsigned(text, pos, true);
        // a run of hundreds of digits is no quantity: its value overflows
        if (r == null || !Double.isFinite(r.value()) || (r.high() != null && !Double.isFinite(r.high()))) return null;
        return signed ? r.negated(pos) : r;
    }

    /** A whole string that is one whole number (12, 十二, 两, 三万五), else -1. */
    public static int whole(String s) {
        if (s.isEmpty() || !startsUnsigned(s.charAt(0))) return -1;
        Magnitude.Parsed p = Magnitude.parse(s, 0);
        if (p == null || p.end() != s.length() || p.more() || p.value() != Math.rint(p.value()) || p.value() > Integer.MAX_VALUE) {
            return -1;
        }
        return (int) p.value();
    }

    /** A whole string of digits read one by one, as years are written (二〇二三, 二零二三, 2023), else -1. */
    public static int digits(String s) {
        if (s.isEmpty() || s.length() > 9) return -1;
        int value = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = Numerals.isAsciiDigit(c) ? c - '0' : Numerals.isDecimalDigit(c) ? Numerals.digit(c) : -1;
            if (d < 0) return -1;
            value = value * 10 + d;
        }
        return value;
    }

    private static Reading unsigned(String text, int pos, boolean ranges) {
        Reading proportion = Proportions.fraction(text, pos);
        if (proportion == null) proportion = Proportions.slash(text, pos);
        if (proportion != null) return proportion;
        if (NotNumbers.covers(text, pos)) return null;
        Magnitude.Parsed low = Magnitude.parse(text, pos);
        if (low == null) return null;
        Reading tenths = Proportions.tenths(text, pos, low);
        if (tenths != null) return tenths;
        boolean chinese = !Numerals.isAsciiDigit(text.charAt(pos));
        Reading plain = new Reading(pos, low.end(), low.value(), null, chinese, low.more(), null, false);
        return ranges ? withRange(text, plain, low) : plain;
    }

    /** 2-3个, 三至七周, 3-5万元 (the low end takes the high end's 万: 30 000 to 50 000). */
    private static Reading withRange(String text, Reading low, Magnitude.Parsed parsed) {
        int i = low.end();
        if (low.more() || i + 1 >= text.length() || RANGE_SEPARATORS.indexOf(text.charAt(i)) < 0) return low;
        char first = text.charAt(i + 1);
        if (!startsUnsigned(first) || Numerals.isAsciiDigit(first) == low.chinese()) return low;
        Magnitude.Parsed high = Magnitude.parse(text, i + 1);
        if (high == null) return low;
        double value = low.value();
        if (parsed.scale() == 1 && high.scale() > 1) value = Magnitude.clean(value * high.scale(), 6);
        if (high.value() <= value) return low;
        return new Reading(low.start(), high.end(), value, high.value(), low.chinese(), high.more(), null, false);
    }

    private static boolean startsUnsigned(char c) {
        return Numerals.isAsciiDigit(c) || Numerals.digit(c) >= 0 || Numerals.smallUnit(c) > 0;
    }

    private static boolean joins(char c) {
        return Numerals.isAsciiDigit(c) || Numerals.isNumeral(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                || JOINERS.indexOf(c) >= 0;
    }
}
