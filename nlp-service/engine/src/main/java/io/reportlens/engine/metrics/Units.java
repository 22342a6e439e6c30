package io.reportlens.engine.metrics;

import io.reportlens.engine.text.WordList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The measure words a quantity can carry ({@code units.tsv}), matched longest first, with a per-time
 * denominator when one follows (1.2万管/日).
 */
final class Units {

    private static final String[] PER_TIME = {"/日", "/天", "/月", "/年", "/周", "/小时"};
    /** Units grouped by first character, longest first. */
    private static final Map<Character, List<String>> BY_FIRST = new HashMap<>();
    private static final Map<String, String> CANONICAL = new HashMap<>();

    static {
        for (String[] row : WordList.loadTable(Units.class, "units.tsv")) {
            String unit = row[0].strip();
            BY_FIRST.computeIfAbsent(unit.charAt(0), k -> new ArrayList<>()).add(unit);
            if (row.length > 1) CANONICAL.put(unit, row[1].strip());
        }
        BY_FIRST.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
    }

    private Units() {
    }

    /** The unit written at {@code pos} (with its per-time denominator), or null. */
    static String at(String text, int pos) {
        if (pos >= text.length()) return null;
        List<String> candidates = BY_FIRST.get(text.charAt(pos));
        if (candidates == null) return null;
        for (String u : candidates) {
            if (text.startsWith(u, pos)) {
                for (String per : PER_TIME) if (text.startsWith(per, pos + u.length())) return u + per;
                return u;
            }
        }
        return null;
    }

    /** The unit as reported: full-width % folded, 百分点 spelled 个百分点, kg as 千克. */
    static String canonical(String unit) {
        int slash = unit.indexOf('/');
        String base = slash > 0 ? unit.substring(0, slash) : unit;
        String canonical = CANONICAL.getOrDefault(base, base);
        return slash > 0 ? canonical + unit.substring(slash) : canonical;
    }
}
