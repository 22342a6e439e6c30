package io.reportlens.engine.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Word lists kept as data files beside the classes that read them: one entry per line, blank lines
 * and lines starting with {@code #} ignored, entries trimmed.
 */
public final class WordList {

    private WordList() {
    }

    /** The entries of {@code resource}, resolved next to {@code owner}'s package. */
    public static List<String> load(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + owner.getPackageName() + "/" + resource);
            }
            List<String> entries = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(entry);
                }
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of a tab-separated list, each split into its fields. */
    public static List<String[]> loadTable(Class<?> owner, String resource) {
        return load(owner, resource).stream().map(line -> line.split("\t")).toList();
    }

    /**
     * One group of a grouped list: a tab-separated file of {@code group<TAB>word} lines, the words of
     * {@code group} in file order (several small vocabularies of one class kept in one file).
     */
    public static String[] group(Class<?> owner, String resource, String group) {
        return loadTable(owner, resource).stream().filter(row -> row[0].equals(group)).map(row -> row[1].strip())
                .toArray(String[]::new);
    }

    /** A group's words longest first, for stripping or matching where a longer word holds a shorter (提升至, 升至). */
    public static String[] groupLongestFirst(Class<?> owner, String resource, String group) {
        String[] words = group(owner, resource, group);
        Arrays.sort(words, (a, b) -> b.length() - a.length());
        return words;
    }

    /** A {@link Lexicon} of the entries of {@code resource}. */
    public static Lexicon lexicon(Class<?> owner, String resource) {
        return new Lexicon(load(owner, resource));
    }
}
