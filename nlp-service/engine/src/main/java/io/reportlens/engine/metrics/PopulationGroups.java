package io.reportlens.engine.metrics;

import io.reportlens.engine.text.WordList;

/**
 * The groups a measure is broken down by, named bare before a figure right after the measure's own
 * (孕产妇死亡率为10.98/10万,城市9.84/10万,农村11.57/10万): each figure is the group's measure
 * ({@code indicator-words.tsv}, group population-groups).
 */
final class PopulationGroups {

    /** Longest first: 城市地区 before 城市. */
    private static final String[] GROUPS = WordList.groupLongestFirst(PopulationGroups.class, "indicator-words.tsv", "population-groups");

    private PopulationGroups() {
    }

    /** The group named alone in text[from, to) (the clause before a figure), or null. */
    static String namedBefore(String text, int from, int to) {
        String words = text.substring(from, to).strip();
        for (String g : GROUPS) {
            if (words.equals(g)) return g;
        }
        return null;
    }

    /** The measure without a group a previous part put before or after it (城市孕产妇死亡率 → 孕产妇死亡率). */
    static String without(String indicator) {
        for (String g : GROUPS) {
            if (indicator.length() <= g.length() + 1) continue;
            if (indicator.startsWith(g)) return indicator.substring(g.length());
            if (indicator.endsWith(g)) return indicator.substring(0, indicator.length() - g.length());
        }
        return indicator;
    }
}
