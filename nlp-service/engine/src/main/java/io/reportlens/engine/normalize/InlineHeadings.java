package io.reportlens.engine.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts headings that a conversion ran into the text back on lines of their own:
 * {@code …执行情况如下。二、主要做法…} or a first heading glued to the title
 * ({@code …2023年工作计划一、重点工作…}). A marker counts only in sequence (一、 first, or the number after
 * the last heading of its kind), after a sentence end (or, for the first, right after a title word),
 * and not where numerals are listed (二、三级医院).
 */
final class InlineHeadings {

    private static final String CN = "一二三四五六七八九十";
    private static final Pattern MARKER = Pattern.compile(
            "(?<cn>[一二三四五六七八九十]{1,3})、(?![一二三四五六七八九十两级类甲乙])"
                    + "|\\((?<pcn>[一二三四五六七八九十]{1,3})\\)"
                    + "|(?<ar>\\d{1,2})[、.](?![\\d.、%])");
    private static final String SENTENCE_ENDS = "。！？!?；;:：";
    private static final Pattern TITLE_WORD = Pattern.compile("(?:计划|方案|总结|要点|安排|规划|意见|报告)$");

    private InlineHeadings() {
    }

    static List<String> split(List<String> lines) {
        int[] last = new int[3];
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            int from = 0;
            Matcher m = MARKER.matcher(line);
            while (m.find()) {
                int kind = m.group("cn") != null ? 0 : m.group("pcn") != null ? 1 : 2;
                int n = number(m, kind);
                if (n <= 0) {
                    continue;
                }
                if (m.start() == 0) {
                    last[kind] = n;
                    continue;
                }
                boolean inSequence = n == 1 || n == last[kind] + 1;
                if (inSequence && breaksAt(line, m.start(), kind, n)) {
                    out.add(line.substring(from, m.start()).strip());
                    from = m.start();
                    last[kind] = n;
                }
            }
            String rest = line.substring(from).strip();
            if (!rest.isEmpty()) {
                out.add(rest);
            }
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    private static boolean breaksAt(String line, int at, int kind, int n) {
        char before = line.charAt(at - 1);
        if (SENTENCE_ENDS.indexOf(before) >= 0) {
            return true;
        }
        return kind == 0 && n == 1 && TITLE_WORD.matcher(line.substring(Math.max(0, at - 4), at)).find();
    }

    private static int number(Matcher m, int kind) {
        String s = kind == 0 ? m.group("cn") : kind == 1 ? m.group("pcn") : m.group("ar");
        if (kind == 2) {
            return Integer.parseInt(s);
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? CN.indexOf(s.charAt(0)) + 1 : -1;
        }
        int tens = ten == 0 ? 1 : CN.indexOf(s.charAt(0)) + 1;
        int ones = ten == s.length() - 1 ? 0 : CN.indexOf(s.charAt(ten + 1)) + 1;
        return tens * 10 + ones;
    }
}
