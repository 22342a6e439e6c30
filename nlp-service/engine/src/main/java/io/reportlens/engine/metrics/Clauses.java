package io.reportlens.engine.metrics;

/** Clause and sentence boundaries in report prose. */
final class Clauses {

    /** How far a clause or sentence is followed, so that text without punctuation stays linear. */
    private static final int MAX_REACH = 300;
    /** How many characters must follow a run-in heading's space, up to the figure, for the space to end a phrase. */
    private static final int MIN_AFTER_RUN_IN = 4;

    private Clauses() {
    }

    static boolean isSentenceEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == ';' || c == '\n' || c == '!' || c == '?';
    }

    private static final String[] TOTALS = {"共", "共计", "合计", "总计"};
    /** How long a name in a list counted together may be (名中医工作室). */
    private static final int MAX_LISTED_NAME = 10;
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
        while (i > 0 && pos - i < MAX_REACH && !isClauseEnd(text.charAt(i - 1)) && !isRunInBreak(text, i - 1, pos)) i--;
        return i;
    }

    /**
     * 促进卫生事业大发展 预计今年总诊疗…: a space between Chinese words ends a run-in heading, when words enough to
     * name a measure stand after it (发放资料 不少于12种 reads across it).
     */
    private static boolean isRunInBreak(String text, int at, int pos) {
        return text.charAt(at) == ' ' && at > 0 && pos - at > MIN_AFTER_RUN_IN
                && Character.isIdeographic(text.charAt(at - 1)) && Character.isIdeographic(text.charAt(at + 1));
    }

    static int itemStart(String text, int pos) {
        int i = pos;
        while (i > 0 && pos - i < MAX_REACH) {
            char c = text.charAt(i - 1);
            if (isClauseEnd(c) || isRunInBreak(text, i - 1, pos) || c == '、' && !joinsOneThing(text, i - 1, pos)) break;
            i--;
        }
        // 争取资金、项目等合计1.4亿元, 党员、志愿者、干部共12538人: the items together are what is counted
        return i > 0 && text.charAt(i - 1) == '、' && (closesEnumeration(text, i, pos) || countsTheWholeList(text, i, pos)
                || namesWhatIsCountedTogether(text, i, pos)) ? clauseStart(text, pos) : i;
    }

    /**
     * Whether the 、 at {@code at} joins parts of one thing rather than items: single characters in a row
     * (中、省、市荣誉) or a list inside parentheses (各省(区、市)第一位).
     */
    private static boolean joinsOneThing(String text, int at, int pos) {
        boolean singleBefore = at >= 1 && Character.isIdeographic(text.charAt(at - 1)) && (at < 2 || text.charAt(at - 2) == '、');
        boolean singleAfter = at + 2 < text.length() && Character.isIdeographic(text.charAt(at + 1)) && text.charAt(at + 2) == '、';
        if (singleBefore || singleAfter) return true;
        return insideParentheses(text, at, pos);
    }

    /** Whether a parenthesis opened in the clause before {@code at} closes between it and {@code pos}. */
    private static boolean insideParentheses(String text, int at, int pos) {
        int start = clauseStart(text, at);
        int i = at - 1;
        while (i >= start && text.charAt(i) != '(' && text.charAt(i) != '（') {
            if (text.charAt(i) == ')' || text.charAt(i) == '）') return false;
            i--;
        }
        if (i < start) return false;
        for (int j = at + 1; j < pos; j++) if (text.charAt(j) == ')' || text.charAt(j) == '）') return true;
        return false;
    }

    /** 党员、志愿者、社区工作者、区直单位干部共12538人: a total right before the figure of a list of names. */
    private static boolean countsTheWholeList(String text, int from, int to) {
        String item = text.substring(from, to).strip();
        boolean total = false;
        for (String w : TOTALS) if (item.endsWith(w)) total = true;
        if (!total) return false;
        int start = clauseStart(text, to);
        for (int i = start; i < to; i++) if (Character.isDigit(text.charAt(i))) return false; // a list of figures
        return true;
    }

    /**
     * 设立专家工作室、名中医工作室26个: a list of names without figures of their own, the last one right before
     * the figure, is counted together. An item led by a verb (开展义诊、发放资料2000份) is a task of its own.
     */
    private static boolean namesWhatIsCountedTogether(String text, int from, int to) {
        String last = text.substring(from, to);
        if (last.isEmpty() || last.length() > MAX_LISTED_NAME || !Character.isIdeographic(last.charAt(last.length() - 1))) return false;
        if (ActionVerbs.leading(last) != null) return false;
        int start = clauseStart(text, to);
        for (int i = start; i < to; i++) if (Character.isDigit(text.charAt(i))) return false;
        int item = from - 1;
        while (item > start) {
            int before = item;
            while (before > start && text.charAt(before - 1) != '、') before--;
            String name = text.substring(before, item);
            if (before > start && (name.isEmpty() || name.length() > MAX_LISTED_NAME)) return false;
            item = before - 1;
        }
        return true;
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
