package io.reportlens.engine.metrics;

/**
 * Whether a position lies inside a short quotation (“三会一课”, “光荣在党50年”) or a title
 * (《“十四五”国民健康规划》): numbers there name slogans, plans or documents, not quantities.
 */
final class Enclosures {

    private static final int MAX_SLOGAN = 15;
    private static final int MAX_TITLE = 60;

    private Enclosures() {
    }

    static boolean inSloganOrTitle(String text, int pos) {
        return inside(text, pos, '“', '”', MAX_SLOGAN) || inside(text, pos, '「', '」', MAX_SLOGAN)
                || insideStraightQuotes(text, pos) || inside(text, pos, '《', '》', MAX_TITLE);
    }

    private static boolean inside(String text, int pos, char open, char close, int max) {
        int from = Math.max(0, pos - max);
        int o = -1;
        for (int i = pos - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == close || c == '\n') return false;
            if (c == open) {
                o = i;
                break;
            }
        }
        if (o < 0) return false;
        int to = Math.min(text.length(), o + max + 2);
        for (int i = pos; i < to; i++) {
            char c = text.charAt(i);
            if (c == close) return true;
            if (c == open || c == '\n') return false;
        }
        return false;
    }

    /** "…" on one line: a straight quote shortly before and after, with no clause break between. */
    private static boolean insideStraightQuotes(String text, int pos) {
        int open = -1;
        for (int i = pos - 1; i >= Math.max(0, pos - MAX_SLOGAN); i--) {
            char c = text.charAt(i);
            if (c == '"') {
                open = i;
                break;
            }
            if (isBreak(c)) return false;
        }
        if (open < 0) return false;
        for (int i = pos; i < Math.min(text.length(), open + MAX_SLOGAN + 2); i++) {
            char c = text.charAt(i);
            if (c == '"') return true;
            if (isBreak(c)) return false;
        }
        return false;
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '，' || c == ',' || c == '。' || c == '；' || c == ';';
    }
}
