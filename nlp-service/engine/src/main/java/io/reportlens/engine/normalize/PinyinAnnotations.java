package io.reportlens.engine.normalize;

import java.util.regex.Pattern;

/**
 * Removes pinyin reading aids written in parentheses after a character: {@code 衛(wèi)生 → 衛生}.
 * Only a parenthesis holding nothing but tone-marked pinyin syllables goes; real parentheses such as
 * {@code 执业(助理)医师}, {@code (一)} or {@code (PDCA)} stay.
 */
final class PinyinAnnotations {

    private static final int MAX_ANNOTATION = 24;
    private static final String TONE_LETTERS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ";

    /**
     * 我(Wo)国(Guo), 会(hui) 议: a character followed by its toneless spelling, capitalised or not, and the space a page
     * may leave after it.
     */
    private static final Pattern SPELLED = Pattern.compile("(?<=\\p{IsHan})\\((?:[A-Z][a-z]{0,5}|[a-z]{1,6})\\) ?");
    /** How many spelled characters make a page that spells them all (a term in brackets, 地(Di), is no such page). */
    private static final int MIN_SPELLED = 8;
    /** (?) after a punctuation mark: its spelling, lost. */
    private static final String LOST_SPELLING = "(?)";

    private PinyinAnnotations() {
    }

    /** The text without the spellings, when it spells every character; else the text itself. */
    static String withoutSpelling(String text) {
        int found = 0;
        for (int open = text.indexOf('('); open > 0 && found < MIN_SPELLED; open = text.indexOf('(', open + 1)) {
            char next = open + 1 < text.length() ? text.charAt(open + 1) : ' ';
            if (next >= 'A' && next <= 'z' && Chars.isHan(text.charAt(open - 1))) found++; // a candidate only; the pattern decides
        }
        if (found < MIN_SPELLED) return text;
        return SPELLED.matcher(text).replaceAll("").replace(LOST_SPELLING, "");
    }

    static String remove(String line) {
        int open = line.indexOf('(');
        if (open < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        int copied = 0;
        while (open >= 0) {
            int close = annotationEnd(line, open);
            if (close > 0) {
                out.append(line, copied, open);
                copied = close + 1;
            }
            open = line.indexOf('(', Math.max(open + 1, copied));
        }
        return copied == 0 ? line : out.append(line, copied, line.length()).toString();
    }

    /** The index of the closing parenthesis when {@code (} at {@code open} starts an annotation, else -1. */
    private static int annotationEnd(String line, int open) {
        if (open > 0 && !Chars.isHan(line.charAt(open - 1))) {
            return -1;
        }
        boolean toned = false;
        int limit = Math.min(line.length(), open + MAX_ANNOTATION);
        for (int i = open + 1; i < limit; i++) {
            char c = line.charAt(i);
            if (c == ')') {
                return toned ? i : -1;
            }
            if (TONE_LETTERS.indexOf(c) >= 0) {
                toned = true;
            } else if (!((c >= 'a' && c <= 'z') || c == 'ü' || c == ' ')) {
                return -1;
            }
        }
        return -1;
    }
}
