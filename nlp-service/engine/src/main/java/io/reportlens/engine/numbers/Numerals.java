package io.reportlens.engine.numbers;

/**
 * The characters numbers are written with: Arabic digits, Chinese digits (零〇一二两…九), the small units
 * 十百千, the large units 万亿, the decimal point 点 and the signs. Traditional forms (兩萬億點負) are read
 * too, for text that reaches the reader unconverted. Financial numerals (壹贰叁…) are not numbers here.
 */
public final class Numerals {

    private Numerals() {
    }

    public static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@link #chineseDigit} of every char, looked up: the number finder asks it of every character of a report. */
    private static final byte[] DIGITS = digitTable();

    private static byte[] digitTable() {
        byte[] table = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) table[c] = (byte) chineseDigit((char) c);
        return table;
    }

    /** A Chinese digit 0–9, or -1. */
    public static int digit(char c) {
        return DIGITS[c];
    }

    private static int chineseDigit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两', '兩' -> 2;
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

    /** A digit that may follow 点: every Chinese digit but 两, which never stands after a decimal point. */
    static boolean isDecimalDigit(char c) {
        return digit(c) >= 0 && c != '两' && c != '兩';
    }

    /** 十, 百, 千 → 10, 100, 1000, else 0. */
    public static int smallUnit(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> 0;
        };
    }

    /** 万 → 10^4, 亿 → 10^8, else 0. */
    static double bigUnit(char c) {
        return switch (c) {
            case '万', '萬' -> 1e4;
            case '亿', '億' -> 1e8;
            default -> 0;
        };
    }

    /** Any character of a Chinese number: a digit, 十百千 or 万亿. */
    public static boolean isNumeral(char c) {
        return digit(c) >= 0 || smallUnit(c) > 0 || bigUnit(c) > 0;
    }

    public static boolean isDecimalPoint(char c) {
        return c == '点' || c == '點';
    }

    static boolean isChineseMinus(char c) {
        return c == '负' || c == '負';
    }

    /** ASCII hyphen-minus, the minus sign and the full-width minus. */
    static boolean isMinus(char c) {
        return c == '-' || c == '−' || c == '－';
    }

    /** 余 and 多 after a number: more than it (3万余人, 600多人). */
    static boolean isMore(char c) {
        return c == '余' || c == '多' || c == '餘';
    }
}
