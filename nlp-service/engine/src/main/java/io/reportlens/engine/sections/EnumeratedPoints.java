package io.reportlens.engine.sections;

import java.util.ArrayList;
import java.util.List;

/**
 * The 一是…二是…三是… points inside a paragraph. A point counts only in sequence (一是 first, then
 * 二是…) and where a clause begins, so that 唯一是 or 统一是 are not taken for points.
 */
final class EnumeratedPoints {

    /** A point: where its marker starts and where its first clause ends. */
    record Point(int start, int headingEnd) {
    }

    private static final String CLAUSE_STARTS = "。;:,!?";
    private static final String CLAUSE_ENDS = "。;!?";

    private EnumeratedPoints() {
    }

    /** Points in {@code text[from, to)}, a paragraph without line breaks. */
    static List<Point> find(String text, int from, int to) {
        List<Point> points = new ArrayList<>();
        int expected = 0;
        for (int i = text.indexOf('是', from + 1); i >= 0 && i < to; i = text.indexOf('是', i + 1)) {
            char digit = text.charAt(i - 1);
            int start = i - 1;
            if (HeadingMarker.CHINESE_DIGITS.indexOf(digit) != expected) {
                continue;
            }
            if (start > from && CLAUSE_STARTS.indexOf(text.charAt(start - 1)) < 0) {
                continue;
            }
            points.add(new Point(start, clauseEnd(text, i + 1, to)));
            expected++;
            if (expected == HeadingMarker.CHINESE_DIGITS.length() - 1) {
                break;
            }
        }
        return points;
    }

    private static int clauseEnd(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return to;
    }
}
