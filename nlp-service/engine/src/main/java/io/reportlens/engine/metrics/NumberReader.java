package io.reportlens.engine.metrics;

/**
 * Reads one number as written at a position: Arabic (1,234.5), Chinese (一百三十三, 四十三点六),
 * 万/亿 multiplied out, 余/多 approximations, fractions (2/3, 三分之一 → %), 成 (四成三 → 43 %),
 * and ranges (2-3, 三至七).
 */
final class NumberReader {

    /**
     * @param more       written with 余/多 (more than the value)
     * @param impliedUnit % or ‰ when the form itself is a proportion (2/3, 三分之一, 四成, 百分之八十), else null
     */
    record ReadNumber(int start, int end, double value, Double high, boolean chinese, boolean more, String impliedUnit) {
    }

    private NumberReader() {
    }

    static boolean startsNumber(String text, int pos) {
        char c = text.charAt(pos);
        return isAsciiDigit(c) || ChineseNumerals.digit(c) >= 0 || ChineseNumerals.smallUnit(c) > 0;
    }

    /** The number starting at {@code pos}, or null when there is none. */
    static ReadNumber read(String text, int pos) {
        ReadNumber first = readProportion(text, pos);
        if (first != null) return first;
        first = readSingle(text, pos);
        if (first == null) return null;
        return withRange(text, first);
    }

    private static ReadNumber withRange(String text, ReadNumber low) {
        int i = low.end();
        if (i + 1 >= text.length() || low.more()) return low;
        char sep = text.charAt(i);
        if ("-－–—~～至到".indexOf(sep) < 0) return low;
        if (!startsNumber(text, i + 1)) return low;
        ReadNumber high = readSingle(text, i + 1);
        if (high == null || high.chinese() != low.chinese() || high.value() <= low.value()) return low;
        return new ReadNumber(low.start(), high.end(), low.value(), high.value(), low.chinese(), high.more(), null);
    }

    private static ReadNumber readSingle(String text, int pos) {
        return isAsciiDigit(text.charAt(pos)) ? readArabic(text, pos) : readChinese(text, pos);
    }

    private static ReadNumber readArabic(String text, int pos) {
        int n = text.length();
        int i = pos;
        StringBuilder digits = new StringBuilder();
        boolean grouped = false;
        while (i < n) {
            char c = text.charAt(i);
            if (isAsciiDigit(c)) {
                digits.append(c);
                i++;
            } else if (c == ',' && isThousandsGroup(text, i + 1) && (grouped || digits.length() <= 3)) {
                grouped = true;
                i++;
            } else {
                break;
            }
        }
        if (i + 1 < n && text.charAt(i) == '.' && isAsciiDigit(text.charAt(i + 1))) {
            digits.append('.');
            i++;
            while (i < n && isAsciiDigit(text.charAt(i))) digits.append(text.charAt(i++));
        }
        double value = Double.parseDouble(digits.toString());
        return withMultiplier(text, pos, i, value, false);
    }

    private static boolean isThousandsGroup(String text, int i) {
        if (i + 3 > text.length()) return false;
        for (int k = i; k < i + 3; k++) if (!isAsciiDigit(text.charAt(k))) return false;
        return i + 3 == text.length() || !isAsciiDigit(text.charAt(i + 3));
    }

    private static ReadNumber readChinese(String text, int pos) {
        int n = text.length();
        int i = pos;
        while (i < n && ChineseNumerals.isNumeral(text.charAt(i)) && !isMultiplierEnd(text, pos, i)) i++;
        if (i == pos) return null;
        double value = ChineseNumerals.integer(text, pos, i);
        if (Double.isNaN(value)) return null;
        if (i + 1 < n && ChineseNumerals.isDecimalPoint(text.charAt(i)) && ChineseNumerals.digit(text.charAt(i + 1)) >= 0) {
            int f = i + 1;
            while (f < n && ChineseNumerals.digit(text.charAt(f)) >= 0) f++;
            double fraction = ChineseNumerals.fraction(text, i + 1, f);
            if (Double.isNaN(fraction)) return null;
            value += fraction;
            i = f;
        }
        return withMultiplier(text, pos, i, value, true);
    }

    /** A trailing 万/亿 is read as the multiplier after the number, not inside it. */
    private static boolean isMultiplierEnd(String text, int from, int i) {
        char c = text.charAt(i);
        return isMultiplier(c) && (i == from || i + 1 >= text.length() || !ChineseNumerals.isNumeral(text.charAt(i + 1)));
    }

    private static ReadNumber withMultiplier(String text, int start, int end, double value, boolean chinese) {
        int n = text.length();
        int i = end;
        boolean more = false;
        if (i < n && isMore(text.charAt(i)) && i + 1 < n && isMultiplier(text.charAt(i + 1))) {
            more = true;
            i++;
        }
        if (i < n && isMultiplier(text.charAt(i)) && !isPerCapitaWan(text, i)) {
            value *= text.charAt(i) == '万' || text.charAt(i) == '萬' ? 1e4 : 1e8;
            i++;
        }
        if (!more && i < n && isMore(text.charAt(i))) {
            more = true;
            i++;
        }
        return new ReadNumber(start, i, value, null, chinese, more, null);
    }

    /** 万人 in 每万人 style denominators is not a multiplier: 66/万人 never reaches here; 3.5万人 does. */
    private static boolean isPerCapitaWan(String text, int i) {
        return i > 0 && text.charAt(i - 1) == '/';
    }

    private static boolean isMultiplier(char c) {
        return c == '万' || c == '亿' || c == '萬' || c == '億';
    }

    private static boolean isMore(char c) {
        return c == '余' || c == '多';
    }

    /** 2/3, 三分之一, 百分之八十, 千分之三, 四成三. */
    private static ReadNumber readProportion(String text, int pos) {
        int n = text.length();
        char c = text.charAt(pos);
        if (isAsciiDigit(c)) {
            int i = pos;
            while (i < n && isAsciiDigit(text.charAt(i))) i++;
            if (i - pos > 2 || i + 1 >= n || text.charAt(i) != '/' || !isAsciiDigit(text.charAt(i + 1))) return null;
            int j = i + 1;
            while (j < n && isAsciiDigit(text.charAt(j))) j++;
            if (j - i - 1 > 2 || (j < n && "/.万千".indexOf(text.charAt(j)) >= 0)) return null;
            double num = Double.parseDouble(text.substring(pos, i));
            double den = Double.parseDouble(text.substring(i + 1, j));
            if (den == 0 || num > den) return null;
            return new ReadNumber(pos, j, round2(num / den * 100), null, false, false, "%");
        }
        int fen = indexWithin(text, "分之", pos + 1, pos + 4);
        if (fen > pos) {
            double den = ChineseNumerals.integer(text, pos, fen);
            int j = fen + 2;
            while (j < n && ChineseNumerals.isNumeral(text.charAt(j))) j++;
            double num = j > fen + 2 ? ChineseNumerals.integer(text, fen + 2, j) : Double.NaN;
            if (Double.isNaN(den) || Double.isNaN(num) || den == 0) return null;
            if (den == 100) return new ReadNumber(pos, j, num, null, true, false, "%");
            if (den == 1000) return new ReadNumber(pos, j, num, null, true, false, "‰");
            return new ReadNumber(pos, j, round2(num / den * 100), null, true, false, "%");
        }
        return readTenths(text, pos);
    }

    /** 四成 → 40 %, 四成三 → 43 %; only when 成 is not the start of a word (成立, 成效, 成为). */
    private static ReadNumber readTenths(String text, int pos) {
        int n = text.length();
        int tens = ChineseNumerals.digit(text.charAt(pos));
        if (tens <= 0 || pos + 1 >= n || text.charAt(pos + 1) != '成') return null;
        int i = pos + 2;
        int ones = i < n ? ChineseNumerals.digit(text.charAt(i)) : -1;
        if (ones >= 0) i++;
        if (i < n && isCjk(text.charAt(i)) && "以左多的上".indexOf(text.charAt(i)) < 0) return null;
        return new ReadNumber(pos, i, tens * 10 + Math.max(ones, 0), null, true, false, "%");
    }

    /** Where {@code word} starts in [from, to), or -1: a bounded search, so reading stays linear. */
    static int indexWithin(String text, String word, int from, int to) {
        for (int i = from; i < Math.min(to, text.length() - word.length() + 1); i++) if (text.startsWith(word, i)) return i;
        return -1;
    }

    /** Where {@code word} last starts in [from, to), or -1. */
    static int lastIndexWithin(String text, String word, int from, int to) {
        for (int i = Math.min(to, text.length()) - word.length(); i >= Math.max(0, from); i--) if (text.startsWith(word, i)) return i;
        return -1;
    }

    static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isCjk(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }
}
