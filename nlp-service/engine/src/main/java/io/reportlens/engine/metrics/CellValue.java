package io.reportlens.engine.metrics;

import io.reportlens.engine.numbers.NumberReader;
import io.reportlens.engine.numbers.Numerals;
import io.reportlens.engine.numbers.Reading;
import io.reportlens.engine.tables.Cell;

/**
 * The figure a table cell holds: ≥79.2, <7, 2%左右, -3.2, 较2022年 下降3% (a fall: −3), 1.2万; none in
 * 持续改善, 建成, - or 省下达目标值. A year written in the cell (较2022年) is no figure. The one place
 * a table's cells are read as numbers.
 *
 * @param unit       the unit written in the cell after the number, or null
 * @param comparator the comparator written in the cell (≥ → >=, 以上 → >=, 左右 → ~), else =
 * @param sign       -1 when the cell states a fall (下降3%), +1 a rise (每年提升2%), 0 a level
 * @param rawStart   where the figure as written starts (its comparator sign, else its number)
 * @param end        where it ends (after its unit and any 以上/左右)
 * @param words      what the cell writes before the figure, when it is a change (较2022年下降, 每年提升), else ""
 * @param alone      nothing but the figure stands in the cell
 */
record CellValue(double value, Double high, String unit, String comparator, int sign, int rawStart, int end,
                 String words, boolean alone) {

    private static final String SIGNS_AT_LEAST = "≥≧⩾";
    private static final String SIGNS_AT_MOST = "≤≦⩽";
    /** A minus written before a figure: -3.2 in a 同比增长 column. */
    private static final String MINUS = "-−﹣－";
    /** After these a change verb gives the level reached, not the change: 降至5%, 提高到90%. */
    private static final String LEVEL_ENDS = "至到为";

    /** The first figure of the cell, or null. */
    static CellValue read(String text, Cell cell) {
        int s = cell.start();
        int e = cell.end();
        for (int p = s; p < e; p++) {
            if (!NumberReader.startsNumber(text, p) || continuesNumber(text, p, s)) continue;
            Reading n = NumberReader.read(text, p);
            if (n == null || n.end() > e) continue;
            if (isYear(text, n)) {
                p = n.end() - 1;
                continue;
            }
            CellValue v = around(text, cell, n);
            if (v != null) return v;
            p = n.end() - 1;
        }
        return null;
    }

    private static CellValue around(String text, Cell cell, Reading n) {
        int s = cell.start();
        int e = cell.end();
        int end = n.end();
        String unit = n.impliedUnit();
        if (unit == null) {
            String per = perUnit(text, end, e);
            if (per != null) {
                unit = "/10万";
                end += per.length();
            } else {
                String u = end < e ? Units.at(text, end) : null;
                if (u != null && end + u.length() <= e) {
                    unit = Units.canonical(u);
                    end += u.length();
                }
            }
        }
        if (n.chinese() && unit == null) return null;
        String comparator = n.more() ? ">" : null;
        String suffix = Comparators.suffixAt(text, end);
        if (suffix != null && end + suffix.length() <= e) {
            if (comparator == null) comparator = Comparators.suffixSign(suffix);
            end += suffix.length();
        }
        int rawStart = n.start();
        int before = skipSpacesBack(text, n.start(), s);
        String symbol = before > s ? symbolComparator(text.charAt(before - 1)) : null;
        if (symbol != null) {
            rawStart = before - 1;
            if (comparator == null) comparator = symbol;
        }
        boolean minus = symbol == null && before > s && MINUS.indexOf(text.charAt(before - 1)) >= 0 && n.value() > 0;
        if (minus) rawStart = before - 1;
        if (comparator == null) comparator = Comparators.prefixBefore(text, n.start(), s);
        String prefix = text.substring(s, rawStart).replace(" ", "");
        int sign = prefix.isEmpty() || LEVEL_ENDS.indexOf(prefix.charAt(prefix.length() - 1)) >= 0 ? 0 : KindClassifier.signOf(prefix);
        boolean alone = prefix.isEmpty() && text.substring(end, e).isBlank();
        double value = minus ? -n.value() : n.value();
        Double high = n.high() == null ? null : minus ? -n.high() : n.high();
        return new CellValue(value, high, unit, comparator == null ? "=" : comparator, sign, rawStart, end,
                sign != 0 ? prefix : "", alone);
    }

    /** 10.5/10万: a rate per 100 000 written after the number. */
    private static String perUnit(String text, int pos, int cellEnd) {
        for (String per : new String[]{"/10万", "/十万"}) {
            if (text.startsWith(per, pos) && pos + per.length() <= cellEnd) return per;
        }
        return null;
    }

    private static String symbolComparator(char c) {
        if (SIGNS_AT_LEAST.indexOf(c) >= 0) return ">=";
        if (SIGNS_AT_MOST.indexOf(c) >= 0) return "<=";
        if (c == '>') return ">";
        if (c == '<') return "<";
        if (c == '~' || c == '约') return "~";
        return null;
    }

    private static boolean continuesNumber(String text, int p, int cellStart) {
        if (p == cellStart) return false;
        char prev = text.charAt(p - 1);
        return Numerals.isAsciiDigit(prev) || prev == '.' || (prev >= 'a' && prev <= 'z') || (prev >= 'A' && prev <= 'Z')
                || (!Numerals.isAsciiDigit(text.charAt(p)) && Numerals.isNumeral(prev));
    }

    /** 2022年 in 较2022年: a year, not a figure. */
    /** 2022年, or a span of years (2002—2012年): no figure. */
    private static boolean isYear(String text, Reading n) {
        return !n.chinese() && isYear(n.value()) && (n.high() == null || isYear(n.high()))
                && n.end() < text.length() && text.charAt(n.end()) == '年';
    }

    private static boolean isYear(double value) {
        return value >= 1900 && value <= 2100 && value == Math.rint(value);
    }

    private static int skipSpacesBack(String text, int pos, int from) {
        int p = pos;
        while (p > from && text.charAt(p - 1) == ' ') p--;
        return p;
    }
}
