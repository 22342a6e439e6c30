package io.reportlens.engine.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Document-sharing pages repeat the document they show (a 摘要 or preview block that runs its first
 * paragraphs together again): a line whose opening repeats, character for character, the document's
 * opening is that repeat and goes, so its figures and promises are not read twice. Spaces are ignored,
 * since the repeat runs headings and paragraphs together with spaces between them.
 */
final class RepeatedPassages {

    /** An opening this long repeated verbatim is no coincidence of official phrasing. */
    private static final int MIN_REPEAT = 40;
    /** How much of the document's opening a preview repeats from. */
    private static final int OPENING = 4000;

    private RepeatedPassages() {
    }

    static List<String> drop(List<String> lines) {
        List<String> kept = new ArrayList<>(lines.size());
        StringBuilder seen = new StringBuilder();
        for (String line : lines) {
            String compact = withoutSpaces(line);
            if (compact.length() >= MIN_REPEAT && seen.indexOf(compact.substring(0, MIN_REPEAT)) >= 0) {
                continue;
            }
            kept.add(line);
            if (seen.length() < OPENING) {
                seen.append(compact, 0, Math.min(compact.length(), OPENING - seen.length()));
            }
        }
        return kept;
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
