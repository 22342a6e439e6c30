package io.reportlens.engine.metrics;

/** Bounded searches in a text, so that looking around a number stays linear in the text's length. */
final class Texts {

    private Texts() {
    }

    /** Where {@code word} last starts in [from, to), or -1. */
    static int lastIndexWithin(String text, String word, int from, int to) {
        for (int i = Math.min(to, text.length()) - word.length(); i >= Math.max(0, from); i--) if (text.startsWith(word, i)) return i;
        return -1;
    }

    static boolean endsWithAny(String s, String[] words) {
        for (String w : words) if (s.endsWith(w)) return true;
        return false;
    }

    static boolean isCjk(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }
}
