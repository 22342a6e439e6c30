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

    private static final Map<Character, List<Entry>> BY_NUMERAL = load();

    private NotNumbers() {
    }

    /** Whether the numeral at {@code pos} is part of one of the words. */
    static boolean covers(String text, int pos) {
        List<Entry> entries = BY_NUMERAL.get(text.charAt(pos));
        if (entries == null) return false;
        for (Entry e : entries) {
            int start = pos - e.at();
            if (start >= 0 && text.startsWith(e.word(), start)) return true;
        }
        return false;
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
