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

    private static final String NOT_BEFORE_DENG = "甲乙丙丁一二三四平同对相均";
    /** What follows the 等 of a counted list: a total (合计, 共, 累计), a verb of amount (达, 为), or the figure. */
    private static final String AFTER_COUNTED_LIST = "合共总累计达为均";

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
        // 争取资金、项目等合计1.4亿元: 等 closes the enumeration, whose items together are what is counted
        return i > 0 && text.charAt(i - 1) == '、' && closesEnumeration(text, i, pos) ? clauseStart(text, pos) : i;
    }

    /**
     * Whether {@code text[from, to)} holds the 等 that ends a list of what is counted (资金、项目等合计), not a
     * list that qualifies a noun after it (阳山、佛冈等县域住院率) nor 甲等 or 等级.
     */
    private static boolean closesEnumeration(String text, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (text.charAt(i) == '等' && NOT_BEFORE_DENG.indexOf(text.charAt(i - 1)) < 0
                    && (i + 1 == to || AFTER_COUNTED_LIST.indexOf(text.charAt(i + 1)) >= 0)) {
                return true;
            }
        }
        return false;
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
