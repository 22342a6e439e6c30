package io.reportlens.engine.metrics;

import io.reportlens.engine.text.WordList;

import java.util.List;

/**
 * The measure word a noun is counted with (项目 → 个, 床位 → 张), for figures written without one
 * (签约项目13, 每千人托位数4.21, 隔离房间66/万人).
 */
final class Classifiers {

    /** Each noun and its measure word, in the order they are tried: {@code classifiers.tsv}. */
    private static final List<String[]> NOUN_TO_UNIT = WordList.loadTable(Classifiers.class, "classifiers.tsv");

    /** Nouns for people that may follow a bare count: 转来4997风险人员, 81医务人员. */
    private static final String[] PEOPLE = WordList.group(Classifiers.class, "indicator-words.tsv", "people");

    private Classifiers() {
    }

    /** The measure word of the last countable noun in text[from, to), or null. */
    static String ofNounBefore(String text, int from, int to) {
        String best = null;
        int bestAt = -1;
        for (String[] pair : NOUN_TO_UNIT) {
            int at = Texts.lastIndexWithin(text, pair[0], from, to);
            if (at >= 0 && at > bestAt) {
                bestAt = at;
                best = pair[1];
            }
        }
        return best;
    }

    /** The measure word of a countable noun ending exactly at {@code end}, or null. */
    static String ofNounEndingAt(String text, int end) {
        for (String[] pair : NOUN_TO_UNIT) if (text.startsWith(pair[0], end - pair[0].length())) return pair[1];
        return null;
    }

    /** 人 when a people noun starts within a few characters after {@code pos}, else null. */
    static String ofPeopleAfter(String text, int pos, int limit) {
        int to = Math.min(text.length(), pos + limit);
        for (int i = pos; i < to; i++) {
            if (Clauses.isItemEnd(text.charAt(i))) return null;
            for (String p : PEOPLE) if (text.startsWith(p, i)) return "人";
        }
        return null;
    }
}
