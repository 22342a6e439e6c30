package io.reportlens.engine.commitments;

/** Clause boundaries inside a sentence: commas and colons, full- or half-width. */
final class Clauses {

    private static final String MARKS = ",，:：";

    private Clauses() {
    }

    static boolean isMark(char c) {
        return MARKS.indexOf(c) >= 0;
    }

    /** Offset where the clause holding {@code at} starts. */
    static int startOf(String s, int at) {
        for (int i = Math.min(at, s.length()) - 1; i >= 0; i--) {
            if (isMark(s.charAt(i))) return i + 1;
        }
        return 0;
    }

    /** Offset where the clause holding {@code at} ends (exclusive). */
    static int endOf(String s, int at) {
        for (int i = Math.max(at, 0); i < s.length(); i++) {
            if (isMark(s.charAt(i))) return i;
        }
        return s.length();
    }
}
