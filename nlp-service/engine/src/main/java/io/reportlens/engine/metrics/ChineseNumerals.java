package io.reportlens.engine.metrics;

/** Values of Chinese numerals: 十三 → 13, 一百三十三 → 133, 四十三点六万 → 436000. */
final class ChineseNumerals {

    private ChineseNumerals() {
    }

    /** A digit 0–9, or -1. */
    static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    /** 十, 百, 千 → 10, 100, 1000, else 0. */
    static int smallUnit(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> 0;
        };
    }

    static boolean isNumeral(char c) {
        return digit(c) >= 0 || smallUnit(c) > 0 || isBig(c);
    }

    /** 万/亿, also in Traditional script (萬/億). */
    static boolean isBig(char c) {
        return c == '万' || c == '亿' || c == '萬' || c == '億';
    }

    static boolean isDecimalPoint(char c) {
        return c == '点' || c == '點';
    }

    /**
     * The value of a run of numerals (no decimal point), or NaN when the run is not a well-formed
     * number, e.g. 十四五 (a digit directly after a digit).
     */
    static double integer(CharSequence s, int from, int to) {
        double total = 0;
        double section = 0;
        int pending = -1;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            int d = digit(c);
            int u = smallUnit(c);
            if (d >= 0) {
                if (pending >= 0 && !(pending == 0 || d == 0)) return Double.NaN;
                pending = d == 0 && pending > 0 ? pending : d;
            } else if (u > 0) {
                section += (pending < 0 ? 1 : pending) * u;
                pending = -1;
            } else if (isBig(c)) {
                boolean yi = c == '亿' || c == '億';
                section += Math.max(pending, 0);
                total = yi ? (total + section) * 1e8 : total + section * 1e4;
                section = 0;
                pending = -1;
            } else {
                return Double.NaN;
            }
        }
        return total + section + Math.max(pending, 0);
    }

    /** Digits after a decimal point: 六 → 0.6, 一五 → 0.15; NaN when not all digits. */
    static double fraction(CharSequence s, int from, int to) {
        double value = 0;
        double scale = 0.1;
        for (int i = from; i < to; i++) {
            int d = digit(s.charAt(i));
            if (d < 0 || s.charAt(i) == '两') return Double.NaN;
            value += d * scale;
            scale /= 10;
        }
        return value;
    }
}
