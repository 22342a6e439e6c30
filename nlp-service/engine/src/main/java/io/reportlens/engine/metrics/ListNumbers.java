package io.reportlens.engine.metrics;

import io.reportlens.engine.normalize.Chars;

/**
 * A list's number run straight into its item, with no mark after it (…以内。2医疗机构死因监测报告率≥80%。3新生儿…):
 * one or two digits that open a sentence or clause and are followed by a word, not by a measure word. The spec
 * counts list markers as no figures, and no part of what an item measures.
 */
final class ListNumbers {

    /**
     * What may follow a number that is a date, an age, a version or a type, or a number that goes on (20万常住人口,
     * 0至6岁, 600余人), rather than a list's number.
     */
    private static final String NOT_AFTER_A_LIST_NUMBER = MentionFinder.DATE_OR_VERSION_FOLLOWERS + "万亿千百十至到余多";
    private static final String SENTENCE_OPENERS = "\n。；;:：";

    private ListNumbers() {
    }

    /** Whether the number at {@code [start, end)} is such a list number in {@code text}. */
    static boolean isListNumber(String text, int start, int end) {
        return (start == 0 || SENTENCE_OPENERS.indexOf(text.charAt(start - 1)) >= 0) && markerLength(text, start) == end - start;
    }

    /** The length of a list's number at {@code at} (1 or 2), or 0 when none stands there. */
    static int markerLength(String s, int at) {
        int n = 0;
        while (at + n < s.length() && n <= 2 && s.charAt(at + n) >= '0' && s.charAt(at + n) <= '9') n++;
        if (n == 0 || n > 2 || at + n >= s.length()) return 0;
        char next = s.charAt(at + n);
        return Chars.isHan(next) && NOT_AFTER_A_LIST_NUMBER.indexOf(next) < 0 && Units.at(s, at + n) == null ? n : 0;
    }
}
