package io.reportlens.engine.commitments;

import io.reportlens.engine.text.WordList;
import io.reportlens.engine.text.Lexicon;

import java.util.List;
import java.util.Set;

/**
 * firm (确保, 务必, 必须, 坚决), aspirational (力争, 争取, 努力, 争创, 探索) or normal.
 * The word that governs the main action decides: the last strength word before the action in the
 * action's clause. Otherwise a firm word anywhere makes the sentence firm (an obligation binds the
 * whole sentence), then an aspirational word anywhere makes it aspirational (spec §4).
 */
final class StrengthClassifier {

    private static final Set<String> FIRM_WORDS = Set.of(WordList.group(StrengthClassifier.class, "strength-words.tsv", "firm-words"));
    private static final Lexicon FIRM = new Lexicon(FIRM_WORDS);
    private static final Lexicon ASPIRATIONAL = new Lexicon(List.of(WordList.group(StrengthClassifier.class, "strength-words.tsv", "aspirational")));
    private static final Lexicon ANY = new Lexicon(List.of(WordList.group(StrengthClassifier.class, "strength-words.tsv", "any")));

    String classify(String sentence, int actionAt) {
        if (actionAt >= 0) {
            int clauseStart = Clauses.startOf(sentence, actionAt);
            String governing = null;
            int regionEnd = Math.min(sentence.length(), actionAt + 3);
            for (Lexicon.Hit hit = ANY.first(sentence, clauseStart, regionEnd); hit != null && hit.start() <= actionAt;
                 hit = ANY.first(sentence, hit.end(), regionEnd)) {
                governing = hit.word();
            }
            if (governing != null) {
                return FIRM_WORDS.contains(governing) ? "firm" : "aspirational";
            }
        }
        if (FIRM.foundIn(sentence)) return "firm";
        if (ASPIRATIONAL.foundIn(sentence)) return "aspirational";
        return "normal";
    }
}
