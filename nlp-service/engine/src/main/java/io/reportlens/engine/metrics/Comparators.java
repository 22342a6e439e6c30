package io.reportlens.engine.metrics;

import io.reportlens.engine.text.WordList;
/** The comparator words around a number (spec §3): 以上/不低于/至少 >=, 以下/不超过/以内 <=, 余/多/超过 >, 左右/约 ~. */
final class Comparators {

    private static final String[] SUFFIX_WORDS = WordList.group(Comparators.class, "comparator-words.tsv", "suffix-words");
    private static final String[] SUFFIX_SIGNS = WordList.group(Comparators.class, "comparator-words.tsv", "suffix-signs");

    /** Words written right before the number (checked longest first). */
    private static final String[] PREFIX_WORDS = WordList.group(Comparators.class, "comparator-words.tsv", "prefix-words");
    private static final String[] PREFIX_SIGNS = WordList.group(Comparators.class, "comparator-words.tsv", "prefix-signs");

    /** Words that bind a later number in the same clause: 至少打造1个, 每月至少开展一次. */
    private static final String[] CLAUSE_WORDS = WordList.group(Comparators.class, "comparator-words.tsv", "clause-words");

    private Comparators() {
    }

    /** The suffix word at {@code pos}, or null. */
    static String suffixAt(String text, int pos) {
        for (String w : SUFFIX_WORDS) if (text.startsWith(w, pos)) return w;
        return null;
    }

    static String suffixSign(String word) {
        for (int i = 0; i < SUFFIX_WORDS.length; i++) if (SUFFIX_WORDS[i].equals(word)) return SUFFIX_SIGNS[i];
        return null;
    }

    /** The comparator of a word ending right at {@code pos} (allowing 达/达到/为 between), or null. */
    static String prefixBefore(String text, int pos, int clauseStart) {
        int p = pos;
        for (String filler : new String[]{"达到", "达", "为"}) {
            if (p - filler.length() >= clauseStart && text.startsWith(filler, p - filler.length())) {
                p -= filler.length();
                break;
            }
        }
        for (int i = 0; i < PREFIX_WORDS.length; i++) {
            String w = PREFIX_WORDS[i];
            if (p - w.length() >= clauseStart && text.startsWith(w, p - w.length())) {
                if (w.equals("超") && p - 2 >= clauseStart && text.charAt(p - 2) == '赶') return null;
                if (w.equals("上") && (p >= text.length() || "百千万".indexOf(text.charAt(p)) < 0)) continue; // 上万人, not 以上2家
                return PREFIX_SIGNS[i];
            }
        }
        for (String w : CLAUSE_WORDS) {
            if (Texts.lastIndexWithin(text, w, clauseStart, pos) >= 0) return ">=";
        }
        return null;
    }
}
