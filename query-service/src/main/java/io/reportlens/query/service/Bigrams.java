package io.reportlens.query.service;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The search terms of a text: every pair of adjacent letters or digits (Chinese has no spaces, so
 * character bigrams stand in for words). Pairs across spaces or punctuation are not terms.
 */
public final class Bigrams {

    private Bigrams() {
    }

    public static Set<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null) {
            return terms;
        }
        String s = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i + 1 < s.length(); i++) {
            char a = s.charAt(i);
            char b = s.charAt(i + 1);
            if (Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b)) {
                terms.add(s.substring(i, i + 2));
            }
        }
        return terms;
    }
}
