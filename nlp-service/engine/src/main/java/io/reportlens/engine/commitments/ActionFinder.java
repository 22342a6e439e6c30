package io.reportlens.engine.commitments;

import io.reportlens.engine.text.Lexicon;
import io.reportlens.engine.text.WordList;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The main action of a commitment and what it acts on. With a target, the action is the verb that
 * leads to the first target figure (建成…7家, 签约率达61%); without one, the first action verb of the
 * clause holding the time limit, else of the sentence.
 */
final class ActionFinder {

    /** The verb, its offset in the sentence (or -1) and its object. */
    record Action(String verb, int at, String object) {
        static final Action NONE = new Action(null, -1, null);
    }

    private static final Lexicon VERBS = WordList.lexicon(ActionFinder.class, "action-verbs.txt");
    private static final Pattern LIST_MARKER = Pattern.compile(
            "^(?:[(（]?[一二三四五六七八九十\\d]{1,2}[)）、.．]|[一二三四五六七八九十][是要])");
    private static final Lexicon FILLER = new Lexicon(List.of(WordList.group(ActionFinder.class, "action-fillers.tsv", "filler")));
    private static final Pattern LEADING_LEFTOVER = Pattern.compile("^(?:以上|以下|左右|的)");
    private static final Pattern TRAILING_LEFTOVER = Pattern.compile("(?:的|要|将|至少|达|以上|以下|左右)$");
    private static final int MAX_OBJECT = 40;

    Action find(String sentence, List<TargetFinder.Found> targets, List<DeadlineFinder.Found> deadlines) {
        if (!targets.isEmpty()) {
            TargetFinder.Found first = targets.get(0);
            Action a = verbBefore(sentence, first.start(), first.end());
            if (a == null) a = verbRightAfter(sentence, first.end());
            if (a != null) return a;
        }
        int from = deadlines.isEmpty() ? 0 : deadlines.get(0).end();
        Action a = firstVerbFrom(sentence, from);
        if (a == null && from > 0) {
            a = firstVerbFrom(sentence, 0);
        }
        return a != null ? a : Action.NONE;
    }

    /** The verb leading to a figure; its object is what lies between them, else what the figure counts, else the subject. */
    private static Action verbBefore(String s, int figureAt, int figureEnd) {
        int clauseStart = Clauses.startOf(s, figureAt);
        int at = -1;
        String verb = null;
        for (Lexicon.Hit hit = VERBS.first(s, clauseStart, figureAt); hit != null; hit = VERBS.first(s, hit.end(), figureAt)) {
            if (!DeadlineFinder.insideTitleOrQuote(s, hit.start())) {
                at = hit.start();
                verb = hit.word();
            }
        }
        if (verb == null) return null;
        String between = trimObject(s.substring(at + verb.length(), figureAt));
        String counted = trimObject(s.substring(figureEnd, Clauses.endOf(s, figureEnd)));
        String object = between.length() >= 2 ? between : counted.length() >= 2 ? counted : trimObject(s.substring(clauseStart, at));
        return new Action(verb, at, object.isEmpty() ? null : object);
    }

    /** 100%达到“四有”要求: the verb that follows the figure (after 以上 / 的 at most). */
    private static Action verbRightAfter(String s, int figureEnd) {
        Lexicon.Hit hit = VERBS.first(s, figureEnd, Math.min(s.length(), figureEnd + 2 + 3));
        if (hit == null || hit.start() > figureEnd + 2) return null;
        String object = trimObject(s.substring(hit.end(), Clauses.endOf(s, hit.end())));
        return new Action(hit.word(), hit.start(), object.isEmpty() ? null : object);
    }

    private static Action firstVerbFrom(String s, int from) {
        for (Lexicon.Hit hit = VERBS.first(s, from, s.length()); hit != null; hit = VERBS.first(s, hit.end(), s.length())) {
            if (!DeadlineFinder.insideTitleOrQuote(s, hit.start())) {
                String object = trimObject(s.substring(hit.end(), Clauses.endOf(s, hit.end())));
                return new Action(hit.word(), hit.start(), object.isEmpty() ? null : object);
            }
        }
        return null;
    }

    private static String trimObject(String raw) {
        String s = LIST_MARKER.matcher(raw.strip()).replaceFirst("");
        for (String filler = s.isEmpty() ? null : FILLER.wordAt(s, 0); filler != null; filler = s.isEmpty() ? null : FILLER.wordAt(s, 0)) {
            s = s.substring(filler.length());
        }
        s = TRAILING_LEFTOVER.matcher(LEADING_LEFTOVER.matcher(s).replaceFirst("")).replaceFirst("").strip();
        return s.length() > MAX_OBJECT ? s.substring(0, MAX_OBJECT) : s;
    }
}
