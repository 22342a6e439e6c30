package io.reportlens.engine.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of words looked up by their first character, longest first: a fast stand-in for a regex
 * alternation of literals, which Java matches by trying every branch at every position.
 */
public final class Lexicon {

    /** A word found at an offset. */
    public record Hit(String word, int start) {
        public int end() {
            return start + word.length();
        }
    }

    private final Map<Character, String[]> byFirstChar = new HashMap<>();
    /** Bit per char value: whether any word starts with it (rejects most positions without boxing). */
    private final long[] firstChars = new long[1024];

    public Lexicon(Collection<String> words) {
        Map<Character, List<String>> grouped = new HashMap<>();
        for (String w : words) {
            grouped.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
        }
        grouped.forEach((c, list) -> {
            list.sort(Comparator.comparingInt(String::length).reversed());
            byFirstChar.put(c, list.toArray(String[]::new));
            firstChars[c >>> 6] |= 1L << c;
        });
    }

    /** The longest word starting exactly at {@code at}, or null. */
    public String wordAt(CharSequence s, int at) {
        char c = s.charAt(at);
        if ((firstChars[c >>> 6] & (1L << c)) == 0) return null;
        String[] candidates = byFirstChar.get(c);
        if (candidates == null) return null;
        for (String w : candidates) {
            if (regionMatches(s, at, w)) return w;
        }
        return null;
    }

    /** The first word found in {@code [from, to)}, or null. */
    public Hit first(CharSequence s, int from, int to) {
        for (int i = Math.max(0, from); i < to; i++) {
            String w = wordAt(s, i);
            if (w != null && i + w.length() <= to) return new Hit(w, i);
        }
        return null;
    }

    public boolean foundIn(CharSequence s) {
        return first(s, 0, s.length()) != null;
    }

    /** Every word found, left to right, words not overlapping. */
    public List<Hit> all(CharSequence s) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            String w = wordAt(s, i);
            if (w != null) {
                hits.add(new Hit(w, i));
                i += w.length() - 1;
            }
        }
        return hits;
    }

    private static boolean regionMatches(CharSequence s, int at, String w) {
        if (at + w.length() > s.length()) return false;
        for (int k = 1; k < w.length(); k++) {
            if (s.charAt(at + k) != w.charAt(k)) return false;
        }
        return true;
    }
}
