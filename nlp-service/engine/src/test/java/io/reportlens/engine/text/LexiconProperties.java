package io.reportlens.engine.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trie and its filters (first character, first pair of characters) find exactly what a plain search of
 * every word would: the longest word starting at each offset. Words and texts are drawn from a small
 * alphabet, Chinese and ASCII, so that words share prefixes, pairs collide in the filter and texts hold them.
 */
class LexiconProperties {

    private static final char[] ALPHABET = "临沂市县区卫健委一二ab".toCharArray();

    @Property(tries = 300)
    void wordAtIsTheLongestWordStartingThere(@ForAll("words") List<String> words, @ForAll("texts") String text) {
        Lexicon lexicon = new Lexicon(words);
        for (int at = 0; at < text.length(); at++) {
            assertThat(lexicon.wordAt(text, at)).as("at %d of %s", at, text).isEqualTo(longestAt(words, text, at));
        }
    }

    @Property(tries = 200)
    void foundInAgreesWithAPlainSearch(@ForAll("words") List<String> words, @ForAll("texts") String text) {
        boolean plain = words.stream().anyMatch(w -> !w.isEmpty() && text.contains(w));
        assertThat(new Lexicon(words).foundIn(text)).isEqualTo(plain);
    }

    private static String longestAt(List<String> words, String text, int at) {
        String longest = null;
        for (String w : words) {
            if (!w.isEmpty() && text.startsWith(w, at) && (longest == null || w.length() > longest.length())) longest = w;
        }
        return longest;
    }

    @Provide
    Arbitrary<List<String>> words() {
        return Arbitraries.strings().withChars(ALPHABET).ofMinLength(1).ofMaxLength(4).list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars(ALPHABET).ofMaxLength(30);
    }
}
