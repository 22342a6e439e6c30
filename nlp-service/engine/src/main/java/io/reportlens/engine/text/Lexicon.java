package io.reportlens.engine.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A set of words looked up as a trie, longest first: a fast stand-in for a regex alternation of
 * literals, which Java matches by trying every branch at every position.
 */
public final class Lexicon {

    /** A word found at an offset. */
    public record Hit(String word, int start) {
        public int end() {
            return start + word.length();
        }
    }

    /** A trie node: its children by character (sorted, searched by bisection) and the word ending here. */
    private static final class Node {
        char[] keys = new char[0];
        Node[] children = new Node[0];
        String word;

        Node child(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i < 0 ? null : children[i];
        }

        Node addChild(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) return children[i];
            int at = -i - 1;
            char[] k = new char[keys.length + 1];
            Node[] n = new Node[children.length + 1];
            System.arraycopy(keys, 0, k, 0, at);
            System.arraycopy(children, 0, n, 0, at);
            k[at] = c;
            n[at] = new Node();
            System.arraycopy(keys, at, k, at + 1, keys.length - at);
            System.arraycopy(children, at, n, at + 1, children.length - at);
            keys = k;
            children = n;
            return n[at];
        }
    }

    private final Node root = new Node();
    /** The root's children indexed by first character minus {@link #lowestFirst}: the step taken at every position. */
    private final Node[] firstSteps;
    private final char lowestFirst;
    /** Bit per char value: whether any word starts with it (rejects most positions at once). */
    private final long[] firstChars = new long[1024];
    /**
     * Bit per hash of a word's first two characters: clear means no word of two or more characters starts with
     * that pair (a name list such as the gazetteer's starts words with most common characters, but few pairs).
     */
    private final long[] firstPairs = new long[PAIR_BITS / 64];
    private static final int PAIR_BITS = 1 << 16;

    public Lexicon(Collection<String> words) {
        for (String w : words) {
            if (w.isEmpty()) continue;
            Node node = root;
            for (int i = 0; i < w.length(); i++) node = node.addChild(w.charAt(i));
            node.word = w;
            char c = w.charAt(0);
            firstChars[c >>> 6] |= 1L << c;
            if (w.length() > 1) {
                int pair = pairHash(c, w.charAt(1));
                firstPairs[pair >>> 6] |= 1L << pair;
            }
        }
        lowestFirst = root.keys.length == 0 ? 0 : root.keys[0];
        firstSteps = new Node[root.keys.length == 0 ? 0 : root.keys[root.keys.length - 1] - lowestFirst + 1];
        for (int i = 0; i < root.keys.length; i++) firstSteps[root.keys[i] - lowestFirst] = root.children[i];
    }

    /** The longest word starting exactly at {@code at}, or null. */
    public String wordAt(String s, int at) {
        char c = s.charAt(at);
        if ((firstChars[c >>> 6] & (1L << c)) == 0) return null;
        Node node = firstSteps[c - lowestFirst];
        String longest = node.word;
        if (at + 1 >= s.length()) return longest;
        int pair = pairHash(c, s.charAt(at + 1));
        if ((firstPairs[pair >>> 6] & (1L << pair)) == 0) return longest;
        for (int i = at + 1; i < s.length(); i++) {
            node = node.child(s.charAt(i));
            if (node == null) break;
            if (node.word != null) longest = node.word;
        }
        return longest;
    }

    private static int pairHash(char first, char second) {
        return (first * 31 + second) & (PAIR_BITS - 1);
    }

    /** The first word found in {@code [from, to)}, or null. */
    public Hit first(String s, int from, int to) {
        for (int i = Math.max(0, from); i < to; i++) {
            String w = wordAt(s, i);
            if (w != null && i + w.length() <= to) return new Hit(w, i);
        }
        return null;
    }

    public boolean foundIn(String s) {
        return first(s, 0, s.length()) != null;
    }

    /** Every word found, left to right, words not overlapping. */
    public List<Hit> all(String s) {
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
}
