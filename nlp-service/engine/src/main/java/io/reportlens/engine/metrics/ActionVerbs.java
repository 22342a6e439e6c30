package io.reportlens.engine.metrics;

import io.reportlens.engine.text.WordList;
/** The action verbs of work reports that take a counted object (组建35支队伍, 转来4997人). */
final class ActionVerbs {

    static final String[] ALL = WordList.group(ActionVerbs.class, "counting-verbs.tsv", "all");

    private ActionVerbs() {
    }

    /** The action verb a phrase starts with (出动执法车辆 → 出动), the longest, or null. */
    static String leading(String s) {
        String best = null;
        for (String v : ALL) if (s.startsWith(v) && (best == null || v.length() > best.length())) best = v;
        return best;
    }

    /** The action verb a phrase ends with (适时组织开展 → 开展), or null when it ends with a noun. */
    static String trailing(String s) {
        String best = null;
        for (String v : ALL) if (s.endsWith(v) && (best == null || v.length() > best.length())) best = v;
        return best;
    }

    /** Whether text[.., end) ends with one of the verbs. */
    static boolean endsAt(String text, int end) {
        for (String v : ALL) if (text.startsWith(v, end - v.length())) return true;
        return false;
    }
}
