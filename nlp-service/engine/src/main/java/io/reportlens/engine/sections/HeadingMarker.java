package io.reportlens.engine.sections;

/**
 * The numbering that opens a heading line, and the outline level it stands for:
 * 1 一、 · 2 (一) · 3 1. · 4 (1). (Level 5, 一是…, is found inside paragraphs by {@link EnumeratedPoints}.)
 */
public final class HeadingMarker {

    static final String CHINESE_DIGITS = "一二三四五六七八九十";
    private static final int MAX_CHINESE = 3;
    private static final int MAX_ARABIC = 2;

    private HeadingMarker() {
    }

    /** The level of the heading {@code line} opens, or 0 when it opens none. */
    public static int level(String line) {
        if (line.isEmpty()) {
            return 0;
        }
        char first = line.charAt(0);
        if (CHINESE_DIGITS.indexOf(first) >= 0) {
            int end = run(line, 0, true, MAX_CHINESE);
            return end < line.length() && line.charAt(end) == '、' ? 1 : 0;
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
