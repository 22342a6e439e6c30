package io.reportlens.engine.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds full-width ASCII (，（）：１２Ａ) to ASCII and every space-like character to a plain space,
 * so that the same report reads the same whether its source used full-width or half-width forms.
 * Chinese punctuation without an ASCII twin (。、“”《》) is left alone. A circle typed for a date's zero
 * (二○一○年) is the zero 〇; a slash of another block (╱, ∕, ⁄) is the slash.
 */
final class CharFolding {

    /** 3.01╱10万: a box-drawing, division or fraction slash typed between figures for the slash. */
    private static final Pattern OTHER_SLASH = Pattern.compile("(?<=\\d)[\u2571\u2215\u2044](?=\\d)");

    private CharFolding() {
    }

    /** The text with the slashes of other blocks between figures as the slash; run before mojibake is judged. */
    static String foldSlashes(String text) {
        return text.indexOf('\u2571') < 0 && text.indexOf('\u2215') < 0 && text.indexOf('\u2044') < 0
                ? text : OTHER_SLASH.matcher(text).replaceAll("/");
    }

    static String fold(String line) {
        StringBuilder out = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean invisible = isZeroWidth(c);
            char f = fold(c);
            if ((invisible || f != c) && out == null) {
                out = new StringBuilder(line.length()).append(line, 0, i);
            }
            if (out != null && !invisible) {
                out.append(f);
            }
        }
        String folded = out == null ? line : out.toString();
        return folded.indexOf('○') >= 0 || folded.indexOf('◯') >= 0 ? withZerosInDates(folded) : folded;
    }

    /** Chinese digits, and the circles typed for their zero. */
    private static final String CHINESE_DIGITS = "〇零一二三四五六七八九○◯";

    /** 二○一○年三月十七日: a circle typed for the zero between Chinese digits is the zero 〇 (a lone ○ is a bullet). */
    private static String withZerosInDates(String line) {
        char[] chars = line.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] != '○' && chars[i] != '◯') continue;
            boolean before = i > 0 && CHINESE_DIGITS.indexOf(chars[i - 1]) >= 0;
            boolean after = i + 1 < chars.length && CHINESE_DIGITS.indexOf(chars[i + 1]) >= 0;
            if (before || after) chars[i] = '〇';
        }
        return new String(chars);
    }

    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000' || c == '\u00A0' || c == '\t' || (c >= '\u2000' && c <= '\u200A')) {
            return ' ';
        }
        return c;
    }

    private static boolean isZeroWidth(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD';
    }

    /**
     * Trims the line, collapses runs of spaces inside it to one, and drops the single space a PDF or
     * DOCX conversion puts between a digit and a Chinese character (县卫健委 2024 年工作计划, 床位 2680 张):
     * Chinese is written without it, and the year or figure must read as one word with what follows.
     * A field label spread out with spaces (名 称:) closes up.
     */
    private static final Pattern SPACED_LABEL = Pattern.compile("(?<!\\p{IsHan})\\p{IsHan}(?: \\p{IsHan}){1,5}(?=:)");

    static String tidySpaces(String line) {
        String s = line.strip();
        if (s.indexOf(' ') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' && (out.charAt(out.length() - 1) == ' ' || betweenDigitAndHan(out.charAt(out.length() - 1), s, i))) {
                continue;
            }
            out.append(c);
        }
        return out.indexOf(":") < 0 ? out.toString() : withoutSpacedLabels(out.toString());
    }

    /** 名 称: / 索 引 号: / 文 号:, a portal's field label spread out with spaces, reads as 名称: / 索引号: / 文号:. */
    private static String withoutSpacedLabels(String line) {
        Matcher m = SPACED_LABEL.matcher(line);
        if (!m.find()) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        int last = 0;
        do {
            out.append(line, last, m.start()).append(m.group().replace(" ", ""));
            last = m.end();
        } while (m.find());
        return out.append(line, last, line.length()).toString();
    }

    private static boolean betweenDigitAndHan(char before, String s, int space) {
        if (space + 1 >= s.length()) {
            return false;
        }
        char after = s.charAt(space + 1);
        return isDigit(before) && Chars.isHan(after) || Chars.isHan(before) && isDigit(after);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
