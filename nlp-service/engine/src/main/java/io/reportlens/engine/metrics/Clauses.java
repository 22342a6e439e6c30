package io.reportlens.engine.metrics;

/** Clause and sentence boundaries in report prose. */
final class Clauses {

    /** How far a clause or sentence is followed, so that text without punctuation stays linear. */
    private static final int MAX_REACH = 300;

    private Clauses() {
    }

    static boolean isSentenceEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == ';' || c == '\n' || c == '!' || c == '?';
    }

    static boolean isClauseEnd(char c) {
        return isSentenceEnd(c) || c == '，' || c == ',' || c == '：' || c == ':';
    }

    /** A clause end or an enumeration comma (、) between list items. */
    static boolean isItemEnd(char c) {
        return isClauseEnd(c) || c == '、';
    }

    static int clauseStart(String text, int pos) {
        int i = pos;
        while (i > 0 && pos - i < MAX_REACH && !isClauseEnd(text.charAt(i - 1))) i--;
        return i;
    }

    static int itemStart(String text, int pos) {
        int i = pos;
        while (i > 0 && pos - i < MAX_REACH && !isItemEnd(text.charAt(i - 1))) i--;
        return i;
    }

    static int clauseEnd(String text, int pos) {
        int i = pos;
        while (i < text.length() && i - pos < MAX_REACH && !isClauseEnd(text.charAt(i))) i++;
        return i;
    }

    static int itemEnd(String text, int pos) {
        int i = pos;
        int itemStart = pos;
        while (i < text.length() && i - pos < MAX_REACH) {
            if (isItemEnd(text.charAt(i))) {
                // 乡、镇、场卫生院, 区、市、县: single characters in a row name one thing, not a list of items
                if (text.charAt(i) != '、' || i - itemStart != 1 || i + 1 >= text.length()
                        || !Character.isIdeographic(text.charAt(i + 1))) break;
                itemStart = i + 1;
            }
            i++;
        }
        return i;
    }

    static int sentenceStart(String text, int pos) {
        int i = pos;
        while (i > 0 && pos - i < MAX_REACH && !isSentenceEnd(text.charAt(i - 1))) i--;
        return i;
    }
}
