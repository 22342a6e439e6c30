package io.reportlens.engine.metrics;

import io.reportlens.engine.text.WordList;
/** The action verbs of work reports that take a counted object (组建35支队伍, 转来4997人). */
final class ActionVerbs {

    static final String[] ALL = WordList.group(ActionVerbs.class, "counting-verbs.tsv", "all");

    private ActionVerbs() {
    }

    /** Whether text[.., end) ends with one of the verbs. */
    static boolean endsAt(String text, int end) {
        for (String v : ALL) if (text.startsWith(v, end - v.length())) return true;
        return false;
    }
}
