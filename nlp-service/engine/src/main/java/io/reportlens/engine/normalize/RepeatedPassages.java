package io.reportlens.engine.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Document-sharing pages repeat the document they show (a 摘要 or preview block that runs its first
 * paragraphs together again): a line that repeats, character for character, a stretch of the
 * document's opening is that repeat and goes, so its figures and promises are not read twice. Spaces
 * are ignored, since the repeat runs headings and paragraphs together with spaces between them. A line
 * that goes on past what was seen stays, and a news page's lead blurb, cut short before the full
 * paragraphs it repeats, goes instead of them.
 */
final class RepeatedPassages {

    /** An opening this long repeated verbatim is no coincidence of official phrasing. */
    private static final int MIN_REPEAT = 40;
    /** How much of the document's opening a preview repeats from. */
    private static final int OPENING = 4000;
    private static final String SENTENCE_ENDS = "。;!?”)";

    private RepeatedPassages() {
    }

    static List<String> drop(List<String> lines) {
        List<String> kept = new ArrayList<>(lines.size());
        StringBuilder seen = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (seen.length() < OPENING && isLeadBlurb(lines, i)) {
                continue;
            }
            String compact = withoutSpaces(line);
            if (compact.length() >= MIN_REPEAT && seen.indexOf(withoutEllipsis(compact)) >= 0) {
                continue;
            }
            kept.add(line);
            if (seen.length() < OPENING) {
                seen.append(compact, 0, Math.min(compact.length(), OPENING - seen.length()));
            }
        }
        return kept;
    }

    /**
     * A news page's lead blurb, in the page's opening: a line cut short in mid-sentence (全市基层…) whose
     * sentences the paragraphs after it repeat in full, in order. The paragraphs are the fuller copy and stay; the blurb goes.
     */
    private static boolean isLeadBlurb(List<String> lines, int i) {
        String compact = withoutEllipsis(withoutSpaces(lines.get(i)));
        if (compact.length() < MIN_REPEAT || SENTENCE_ENDS.indexOf(compact.charAt(compact.length() - 1)) >= 0) {
            return false;
        }
        StringBuilder after = new StringBuilder();
        for (int k = i + 1; k < lines.size() && after.length() < OPENING; k++) {
            after.append(withoutSpaces(lines.get(k))).append('\n');
        }
        // sentence by sentence, in order: a caption or a title may stand between the paragraphs
        int from = 0;
        for (String sentence : compact.split("(?<=。)")) {
            int at = after.indexOf(sentence, from);
            if (at < 0) {
                return false;
            }
            from = at + sentence.length();
        }
        return true;
    }

    /** A preview cut short ends in an ellipsis its original does not have. */
    private static String withoutEllipsis(String compact) {
        int end = compact.length();
        while (end > 0 && (compact.charAt(end - 1) == '…' || compact.charAt(end - 1) == '.')) {
            end--;
        }
        return compact.substring(0, end);
    }

    private static String withoutSpaces(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
