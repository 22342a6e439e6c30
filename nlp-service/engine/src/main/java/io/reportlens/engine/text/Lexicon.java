package io.reportlens.engine.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** A trie node while the lexicon is built: its children by character and the word ending here. */
    private static final class Node {
        final Map<Character, Node> children = new HashMap<>();
        String word;
    }

    /**
     * The built trie as an open-addressing table of edges, (node, character) to node, one probe for most steps: a
     * search of each node's sorted children cost more than the rest of the lookup. Node 0 is the root.
     */
    private final long[] edgeKeys;
    private final int[] edgeTargets;
    private final int edgeMask;
    /** The word ending at each node, or null. */
    private final String[] wordOf;
    /** The root's children indexed by first character minus {@link #lowestFirst}: the step taken at every position. */
    private final int[] firstSteps;
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
        Node root = new Node();
        int nodes = 1;
        for (String w : words) {
            if (w.isEmpty()) continue;
            Node node = root;
            for (int i = 0; i < w.length(); i++) {
                Node next = node.children.get(w.charAt(i));
                if (next == null) {
                    next = new Node();
                    node.children.put(w.charAt(i), next);
                    nodes++;
                }
                node = next;
            }
            node.word = w;
            char c = w.charAt(0);
            firstChars[c >>> 6] |= 1L << c;
            if (w.length() > 1) {
                int pair = pairHash(c, w.charAt(1));
                firstPairs[pair >>> 6] |= 1L << pair;
            }
        }
        int slots = Integer.highestOneBit(Math.max(2, nodes) * 2 - 1) * 2; // a power of two, at most half full
        edgeKeys = new long[slots];
        Arrays.fill(edgeKeys, EMPTY);
        edgeTargets = new int[slots];
        edgeMask = slots - 1;
        wordOf = new String[nodes];
        List<Node> byId = new ArrayList<>(nodes);
        byId.add(root);
        for (int id = 0; id < byId.size(); id++) {
            Node node = byId.get(id);
            wordOf[id] = node.word;
            for (Map.Entry<Character, Node> e : node.children.entrySet()) {
                addEdge(id, e.getKey(), byId.size());
                byId.add(e.getValue());
            }
        }
        char lowest = Character.MAX_VALUE;
        char highest = 0;
        for (char c : root.children.keySet()) {
            lowest = (char) Math.min(lowest, c);
            highest = (char) Math.max(highest, c);
        }
        lowestFirst = root.children.isEmpty() ? 0 : lowest;
        firstSteps = new int[root.children.isEmpty() ? 0 : highest - lowest + 1];
        for (char c : root.children.keySet()) firstSteps[c - lowestFirst] = child(0, c);
    }

    private static final long EMPTY = -1;

    private static long edgeKey(int node, char c) {
        return ((long) node << 16) | c;
    }

    private static int slotOf(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private void addEdge(int from, char c, int to) {
        long key = edgeKey(from, c);
        int slot = slotOf(key) & edgeMask;
        while (edgeKeys[slot] != EMPTY) slot = (slot + 1) & edgeMask;
        edgeKeys[slot] = key;
        edgeTargets[slot] = to;
    }

    /** The node reached from {@code node} by {@code c}, or -1. */
    private int child(int node, char c) {
        long key = edgeKey(node, c);
        for (int slot = slotOf(key) & edgeMask; ; slot = (slot + 1) & edgeMask) {
            long k = edgeKeys[slot];
            if (k == key) return edgeTargets[slot];
            if (k == EMPTY) return -1;
        }
    }

    /** The longest word starting exactly at {@code at}, or null. */
    public String wordAt(String s, int at) {
        char c = s.charAt(at);
        if ((firstChars[c >>> 6] & (1L << c)) == 0) return null;
        int node = firstSteps[c - lowestFirst];
        String longest = wordOf[node];
        if (at + 1 >= s.length()) return longest;
        int pair = pairHash(c, s.charAt(at + 1));
        if ((firstPairs[pair >>> 6] & (1L << pair)) == 0) return longest;
        for (int i = at + 1; i < s.length(); i++) {
            node = child(node, s.charAt(i));
            if (node < 0) break;
            if (wordOf[node] != null) longest = wordOf[node];
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
