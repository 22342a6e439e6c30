package io.reportlens.engine.numbers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Words in which a numeral is not a number (一切, 统一, 十分, 四川): the data file not-numbers.txt. */
final class NotNumbers {

    /** A word and where in it the numeral stands. */
    private record Entry(String word, int at) {
    }

    private static final Map<Character, List<Entry>> LOADED = load();
    /** The entries by numeral, indexed by character minus LOWEST (a lookup per numeral read). */
    private static final char LOWEST = LOADED.keySet().stream().min(Character::compare).orElse('0');
    @SuppressWarnings("unchecked")
    private static final List<Entry>[] BY_NUMERAL = byNumeral();

    private NotNumbers() {
    }

    /** Whether the numeral at {@code pos} is part of one of the words. */
    static boolean covers(String text, int pos) {
        char c = text.charAt(pos);
        if (c < LOWEST || c - LOWEST >= BY_NUMERAL.length) return false;
        List<Entry> entries = BY_NUMERAL[c - LOWEST];
        if (entries == null) return false;
        for (Entry e : entries) {
            int start = pos - e.at();
            if (start >= 0 && text.startsWith(e.word(), start)) return true;
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static List<Entry>[] byNumeral() {
        int highest = LOADED.keySet().stream().max(Character::compare).orElse('0');
        List<Entry>[] table = new List[LOADED.isEmpty() ? 0 : highest - LOWEST + 1];
        LOADED.forEach((c, entries) -> table[c - LOWEST] = entries);
        return table;
    }

    private static Map<Character, List<Entry>> load() {
        Map<Character, List<Entry>> map = new HashMap<>();
        try (InputStream in = NotNumbers.class.getResourceAsStream("not-numbers.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String word = line.strip();
                if (word.isEmpty() || word.startsWith("#")) continue;
                for (int i = 0; i < word.length(); i++) {
                    if (Numerals.isNumeral(word.charAt(i))) {
                        map.computeIfAbsent(word.charAt(i), k -> new ArrayList<>()).add(new Entry(word, i));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
