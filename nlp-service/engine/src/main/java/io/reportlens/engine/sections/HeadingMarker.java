package io.reportlens.engine.sections;

import java.util.regex.Pattern;

/**
 * The numbering that opens a heading line, and the outline level it stands for:
 * 1 一、 第一章 第一部分 甲、 · 2 (一) 第一节 · 3 1. · 4 (1). (Level 5, 一是…, is found inside paragraphs by
 * {@link EnumeratedPoints}.) A numeral followed by another (二、三级医院) lists numerals; it opens no heading.
 */
public final class HeadingMarker {

    static final String CHINESE_DIGITS = "一二三四五六七八九十";
    /** 甲、乙、丙… and 壹、贰、叁…: the top numbering of older and formal documents. */
    private static final String FORMAL_ORDINALS = "甲乙丙丁戊己庚辛壹贰叁肆伍陆柒捌玖拾";
    private static final int MAX_CHINESE = 3;
    private static final int MAX_ARABIC = 2;

    /**
     * A line that only names a part of a report, with no numbering (2024年工作总结, 下半年工作计划, 2025年工作要点): a
     * top-level heading, as a page that dropped the numbering leaves it.
     */
    private static final Pattern PART_NAME = Pattern.compile(
            "(?:(?:19|20)\\d{2}年(?:度|上半年|下半年|全年)?|上半年|下半年|今年|明年|下一步)(?:全[省市县区旗州])?(?:卫生健康|卫生计生|卫健)?"
                    + "工作(?:总结|计划|要点|安排|思路|打算|重点)");
    private static final int MAX_PART_NAME = 20;

    private HeadingMarker() {
    }

    /** Whether {@code line}, unnumbered, only names a part of the report (2024年工作总结): a top-level heading. */
    public static boolean namesAPart(String line) {
        String s = line.strip();
        return s.length() <= MAX_PART_NAME && PART_NAME.matcher(s).matches();
    }

    /** The level of the heading {@code line} opens, or 0 when it opens none. */
    public static int level(String line) {
        if (line.isEmpty()) {
            return 0;
        }
        char first = line.charAt(0);
        if (first == '第') {
            int end = run(line, 1, true, MAX_CHINESE);
            if (end > 1 && end < line.length()) {
                return line.startsWith("章", end) || line.startsWith("部分", end) ? 1 : line.startsWith("节", end) ? 2 : 0;
            }
            return 0;
        }
        if (CHINESE_DIGITS.indexOf(first) >= 0) {
            int end = run(line, 0, true, MAX_CHINESE);
            // 二、三级医院 lists numerals; 三、十四五期间规划 opens a heading on a plan's name
            boolean listed = end + 1 < line.length() && (CHINESE_DIGITS.indexOf(line.charAt(end + 1)) >= 0 || line.charAt(end + 1) == '两')
                    && !FiveYearPlans.namedAt(line, end + 1);
            return end < line.length() && line.charAt(end) == '、' && !listed ? 1 : 0;
        }
        if (FORMAL_ORDINALS.indexOf(first) >= 0 && line.length() > 2 && line.charAt(1) == '、') {
            return 1;
        }
        if (first == '(' && line.length() > 2) {
            boolean chinese = CHINESE_DIGITS.indexOf(line.charAt(1)) >= 0;
            int end = run(line, 1, chinese, chinese ? MAX_CHINESE : MAX_ARABIC);
            return end > 1 && end < line.length() && line.charAt(end) == ')' && end + 1 < line.length() ? (chinese ? 2 : 4) : 0;
        }
        if (isAsciiDigit(first)) {
            int end = run(line, 0, false, MAX_ARABIC);
            return end + 1 < line.length() && (line.charAt(end) == '.' || line.charAt(end) == '、')
                    && !isAsciiDigit(line.charAt(end + 1)) ? 3 : 0;
        }
        return 0;
    }

    private static int run(String line, int from, boolean chinese, int max) {
        int i = from;
        while (i < line.length() && i - from < max
                && (chinese ? CHINESE_DIGITS.indexOf(line.charAt(i)) >= 0 : isAsciiDigit(line.charAt(i)))) {
            i++;
        }
        return i;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
