package io.reportlens.engine.commitments;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * firm (确保, 务必, 必须, 坚决), aspirational (力争, 争取, 努力, 争创, 探索) or normal.
 * The word that governs the main action decides: the last strength word before the action in the
 * action's clause. Otherwise a firm word anywhere makes the sentence firm (an obligation binds the
 * whole sentence), then 力争 / 争取 anywhere make it aspirational; 努力, 争创 and 探索 elsewhere in
 * the sentence only qualify their own clause (探索开展X, … 达到98% stays normal).
 */
final class StrengthClassifier {

    private static final Pattern FIRM = Pattern.compile("确保|务必|必须|坚决|一定要");
    private static final Pattern ASPIRATIONAL = Pattern.compile("力争|争取|努力|争创|探索");
    private static final Pattern SENTENCE_WIDE_ASPIRATIONAL = Pattern.compile("力争|争取");
    private static final Pattern ANY = Pattern.compile(FIRM.pattern() + "|" + ASPIRATIONAL.pattern());

    String classify(String sentence, int actionAt) {
        if (actionAt >= 0) {
            int clauseStart = Clauses.startOf(sentence, actionAt);
            String governing = null;
            Matcher m = ANY.matcher(sentence).region(clauseStart, Math.min(sentence.length(), actionAt + 3));
            while (m.find() && m.start() <= actionAt) {
                governing = m.group();
            }
            if (governing != null) {
                return FIRM.matcher(governing).matches() ? "firm" : "aspirational";
            }
        }
        if (FIRM.matcher(sentence).find()) return "firm";
        if (SENTENCE_WIDE_ASPIRATIONAL.matcher(sentence).find()) return "aspirational";
        return "normal";
    }
}
