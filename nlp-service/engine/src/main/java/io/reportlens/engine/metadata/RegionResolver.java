package io.reportlens.engine.metadata;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the division a run of characters ends with ({@code 关于印发广州市番禺区} → 番禺区 under 广州市),
 * choosing among same-named divisions by the enclosing names written before it, then by how often
 * each one's enclosing province and prefecture are named in the whole text.
 */
final class RegionResolver {

    /** The division found and where its written name (with any enclosing names before it) starts. */
    record Resolved(Division division, int start) {
    }

    private final Gazetteer gazetteer;
    private final String text;
    /** How often each enclosing name occurs in the text. */
    private final Map<String, Integer> mentions = new HashMap<>();

    /** The ending of the text's own scope words (全县 → 县), read when a name is ambiguous. */
    private String ending;
    private boolean endingRead;
    /** Above any level's rank, below one more mention of an enclosing division. */
    private static final int SCOPE_FITS = 5;

    /** A resolver for names found in {@code text}, which also settles ambiguities. */
    RegionResolver(Gazetteer gazetteer, String text) {
        this.gazetteer = gazetteer;
        this.text = text;
    }

    /** The ending the text's own scope words stand for (全县 → 县), or null: {@link Scope#ending}, read once. */
    String ending() {
        if (!endingRead) {
            ending = Scope.ending(text);
            endingRead = true;
        }
        return ending;
    }

    Resolved resolveEnding(String words) {
        int from = Math.max(0, words.length() - gazetteer.longestName());
        for (int k = from; k <= words.length() - 2; k++) {
            List<Division> candidates = gazetteer.named(words.substring(k));
            if (!candidates.isEmpty()) {
                String before = words.substring(0, k);
                Division best = best(candidates, before);
                return new Resolved(best, k - enclosingNamesLength(best, before));
            }
        }
        return null;
    }

    /** The first division named in {@code words}, longest name first at each position. */
    Resolved first(String words) {
        for (int i = 0; i + 2 <= words.length(); i++) {
            for (int end = Math.min(words.length(), i + gazetteer.longestName()); end >= i + 2; end--) {
                List<Division> candidates = gazetteer.named(words.substring(i, end));
                if (!candidates.isEmpty()) {
                    return new Resolved(best(candidates, words.substring(0, i)), i);
                }
            }
        }
        return null;
    }

    /** Among same-named divisions, the one the names written before it, or the text, point to. */
    Division choose(List<Division> candidates, String before) {
        return candidates.size() == 1 ? candidates.get(0) : best(candidates, before);
    }

    private Division best(List<Division> candidates, String before) {
        Division best = null;
        long bestScore = Long.MIN_VALUE;
        for (Division d : candidates) {
            // 五华 in a text that says 全县: 五华县, not 五华区, when nothing nearer tells them apart
            long score = enclosingNamesLength(d, before) * 1_000_000L + ancestorMentions(d) * 10L
                    + (Scope.fits(d, ending()) ? SCOPE_FITS : 0) + levelRank(d);
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return best;
    }

    /** How many characters at the end of {@code before} name divisions enclosing {@code d}. */
    private int enclosingNamesLength(Division d, String before) {
        int length = 0;
        for (Division p = gazetteer.parent(d); p != null; p = gazetteer.parent(p)) {
            String rest = before.substring(0, before.length() - length);
            if (rest.endsWith(p.name())) {
                length += p.name().length();
            } else if (rest.endsWith(Gazetteer.shortName(p.name()))) {
                length += Gazetteer.shortName(p.name()).length();
            }
        }
        return length;
    }

    private int ancestorMentions(Division d) {
        int count = 0;
        for (Division p = gazetteer.parent(d); p != null; p = gazetteer.parent(p)) {
            count += mentions.computeIfAbsent(Gazetteer.shortName(p.name()), name -> occurrences(text, name));
        }
        return count;
    }

    /** Prefer the larger unit when nothing else tells same-named divisions apart. */
    private static int levelRank(Division d) {
        return switch (d.level()) {
            case "province" -> 3;
            case "city" -> 2;
            case "district" -> 1;
            default -> 0;
        };
    }

    private static int occurrences(String text, String word) {
        int count = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            count++;
        }
        return count;
    }
}
