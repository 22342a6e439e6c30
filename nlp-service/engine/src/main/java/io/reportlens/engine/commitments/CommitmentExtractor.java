package io.reportlens.engine.commitments;

import io.reportlens.engine.frame.Orientation;
import io.reportlens.engine.frame.OrientationCues;
import io.reportlens.engine.frame.ReportFrame;
import io.reportlens.engine.frame.Timeline;
import io.reportlens.engine.metadata.NewsLead;
import io.reportlens.engine.model.Commitment;
import io.reportlens.engine.model.Deadline;
import io.reportlens.engine.model.Ids;
import io.reportlens.engine.model.Metric;
import io.reportlens.engine.model.Target;
import io.reportlens.engine.text.Sentence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Spec §4: every sentence that looks forward (as the {@link ReportFrame} reads it: a plan, the
 * forward part of a summary or speech, what a meeting required or a plan set out) and states an
 * action is a commitment. Headings, the lead that announces a list, framing statements and problems
 * are not. A commitment is measurable when it holds a target figure or a time limit — its own, or
 * that of the lead or heading that governs it ({@link GoverningLimits}). Thread-safe.
 */
public final class CommitmentExtractor {

    /** How long a news item's subhead between its paragraphs runs at most. */
    private static final int MAX_SUBHEAD = 30;
    /** A sentence this short with no action verb and no target is a fragment, not a promise. */
    private static final int MIN_VERBLESS = 6;

    private final StrengthClassifier strength = new StrengthClassifier();
    private final ActionFinder actions = new ActionFinder();
    private final TopicClassifier topics = new TopicClassifier();

    public List<Commitment> extract(String reportKey, String text, ReportFrame frame, List<Metric> metrics) {
        TargetFinder targetFinder = new TargetFinder(metrics);
        OwnerFinder owners = new OwnerFinder(frame.report());
        GoverningLimits governing = new GoverningLimits(text, frame);
        List<Sentence> sentences = frame.sentences();

        List<Commitment> commitments = new ArrayList<>();
        Set<String> stated = new HashSet<>();
        String lineLead = null;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            String sentence = s.text(text);
            if (s.start() == s.lineStart()) {
                lineLead = sentence;
            }
            Timeline timeline = frame.timelineAt(s.start());
            List<DeadlineFinder.Found> found = DeadlineFinder.find(sentence, timeline);
            List<Deadline> own = DeadlineFinder.deadlinesOf(found);
            governing.observe(i, sentence, found);
            // news of a meeting: what the meeting required is a commitment, whatever the sentence also reviews
            boolean required = frame.news() == NewsLead.Kind.MEETING && Cues.statesARequirement(sentence);
            boolean forward = frame.orientation(i) == Orientation.FORWARD || required
                    || hasForwardClauseWithLimit(frame, sentence, s, found);
            if (!forward || isHeading(text, s, sentence, frame, targetFinder) && !isOneLineItem(text, s, sentence, governing.inList())
                    || isTableRow(text, s)
                    || Cues.isStatementOnly(sentence) || governing.isListLead(i, sentence)
                    || Cues.namesTheReport(sentence, frame.report().title()) || isNewsHeadline(text, s, frame)) {
                continue;
            }
            List<Deadline> deadlines = own.isEmpty() ? governing.limitsFor(i, sentence) : own;
            List<TargetFinder.Found> foundTargets = targetFinder.find(text, s);
            List<Target> targets = foundTargets.stream().map(TargetFinder.Found::target).toList();
            ActionFinder.Action action = actions.find(sentence, foundTargets, found);
            if (action.verb() == null && targets.isEmpty() && (sentence.length() < MIN_VERBLESS || isAside(sentence))) {
                continue; // 医院: a fragment a page break left; (记者 张某): an aside; no action in either
            }
            if (!stated.add(sentence)) {
                continue; // the same promise written again (a page repeating its text) is one promise
            }
            commitments.add(new Commitment(
                    Ids.of("c", reportKey, s.start(), s.end()), sentence, s.start(), s.end(),
                    action.verb(), action.object(), deadlines, targets,
                    strength.classify(sentence, action.at()),
                    owners.find(sentence, action.at()),
                    topics.classify(sentence, lineLead, frame.headingAt(s.start())),
                    !targets.isEmpty() || !deadlines.isEmpty()));
        }
        return commitments;
    }

    /** (海峡导报记者 张某 见习记者 李某): a sentence wholly in brackets stands aside from the text. */
    private static boolean isAside(String sentence) {
        return sentence.length() > 2 && (sentence.charAt(0) == '(' || sentence.charAt(0) == '（')
                && (sentence.endsWith(")") || sentence.endsWith("）"));
    }

    /**
     * A news item's headline (新疆启动实施15项健康专项行动) or the deck under it, any short line before the lead's
     * first sentence, or the line its title was read from under a channel's name: the news, not a promise of the
     * body it is about.
     */
    private static boolean isNewsHeadline(String text, Sentence s, ReportFrame frame) {
        if (frame.news() == NewsLead.Kind.NONE) return false;
        int firstStop = text.indexOf('。');
        boolean beforeTheLead = firstStop < 0 || s.lineStart() <= text.lastIndexOf('\n', firstStop);
        if (beforeTheLead && NewsLead.headline(text.substring(s.lineStart())) != null) return true;
        String title = frame.report().title();
        int lineEnd = text.indexOf('\n', s.lineStart());
        if (lineEnd < 0) lineEnd = text.length();
        if (title != null && text.regionMatches(s.lineStart(), title, 0, title.length()) && lineEnd == s.lineStart() + title.length()) {
            return true;
        }
        return isSubhead(text, s.lineStart(), lineEnd);
    }

    /** A news item's subhead: a short line with no full stop between two paragraphs (…。 / 居民人均预期寿命将达76岁 / …。). */
    private static boolean isSubhead(String text, int lineStart, int lineEnd) {
        if (lineEnd - lineStart > MAX_SUBHEAD || hasStop(text, lineStart, lineEnd)) return false;
        int prevEnd = lineStart - 1;
        int prevStart = prevEnd <= 0 ? -1 : text.lastIndexOf('\n', prevEnd - 1) + 1;
        int nextStart = lineEnd + 1;
        int nextEnd = nextStart >= text.length() ? -1 : text.indexOf('\n', nextStart);
        if (prevStart < 0 || nextEnd == -1 && nextStart >= text.length()) return false;
        if (nextEnd < 0) nextEnd = text.length();
        return hasStop(text, prevStart, prevEnd) && hasStop(text, nextStart, nextEnd);
    }

    private static boolean hasStop(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == ';' || c == '；' || c == '!' || c == '！' || c == '?' || c == '？') return true;
        }
        return false;
    }

    /**
     * 2016年…明显提升,2017年将启动实施…: a clause of a looking-back sentence that looks forward with its own time limit.
     * A limit within the year the text speaks from (年内, 今年, 年底) says when, not that it is still to come: in a
     * review, 年内,两镇被评为国家卫生镇 is what the year brought, and the clause must look forward without it.
     */
    private static boolean hasForwardClauseWithLimit(ReportFrame frame, String sentence, Sentence s, List<DeadlineFinder.Found> found) {
        Integer now = frame.timeline().now();
        for (DeadlineFinder.Found f : found) {
            int from = s.start() + Clauses.startOf(sentence, f.start());
            int to = s.start() + Clauses.endOf(sentence, f.end());
            if (frame.orientationOf(from, to) != Orientation.FORWARD) {
                continue;
            }
            String date = f.deadline().date();
            boolean ahead = date != null && now != null && Integer.parseInt(date.substring(0, 4)) > now;
            int withoutLimit = OrientationCues.score(frame.text(), from, s.start() + f.start(), now)
                    + OrientationCues.score(frame.text(), s.start() + f.end(), to, now);
            if (ahead || date == null || withoutLimit > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * (一)以党建为统领 / (二)推动…: a marked line that holds nothing else is an item of a list, not a heading,
     * when a lead announced the list or the next line is marked alike. (1.深化医改。推广… is a heading.)
     */
    private static boolean isOneLineItem(String text, Sentence s, String sentence, boolean inList) {
        int lineEnd = text.indexOf('\n', s.start());
        boolean wholeLine = s.start() == s.lineStart() && (lineEnd < 0 ? s.end() >= text.length() - 1 : s.end() >= lineEnd - 1);
        if (!wholeLine) return false;
        if (inList) return true;
        String marker = Cues.itemMarkerKind(sentence);
        if (marker.isEmpty()) return false;
        String next = "";
        if (lineEnd >= 0) {
            int nextEnd = text.indexOf('\n', lineEnd + 1);
            next = text.substring(lineEnd + 1, nextEnd < 0 ? text.length() : nextEnd);
        }
        String previous = s.lineStart() == 0 ? "" : text.substring(text.lastIndexOf('\n', s.lineStart() - 2) + 1, s.lineStart() - 1);
        return marker.equals(Cues.itemMarkerKind(next)) || isOneLiner(previous) && marker.equals(Cues.itemMarkerKind(previous));
    }

    /** A line short enough, and without a full stop, to be an item or a heading of its own. */
    private static boolean isOneLiner(String line) {
        return line.length() <= 30 && line.indexOf('。') < 0;
    }

    /** A row of a table (cells separated by |): its figures are read as a table, not as prose. */
    private static boolean isTableRow(String text, Sentence s) {
        int lineEnd = text.indexOf('\n', s.start());
        if (lineEnd < 0) lineEnd = text.length();
        // read in place: a paragraph's every sentence asks of the same line
        if (lineEnd > s.lineStart() && text.charAt(lineEnd - 1) == '|') {
            // a paragraph a page's layout closed with a lone bar (…全面改革发展。 |) is prose, not a row
            return !(text.lastIndexOf('|', lineEnd - 2) < s.lineStart() && hasStop(text, s.lineStart(), lineEnd));
        }
        for (int i = s.lineStart() + 1; i + 1 < lineEnd; i++) {
            if (text.charAt(i) == '|' && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ') return true;
        }
        return false;
    }

    /**
     * A heading that promises nothing itself: an outline heading, a short sentence with a list marker,
     * or a short line of its own. Outline items written as whole sentences (一是要…,全面启动17项…) stay.
     */
    private static boolean isHeading(String text, Sentence s, String sentence, ReportFrame frame, TargetFinder figures) {
        if (!Cues.isHeading(sentence, true)) return false;
        boolean promises = OrientationCues.hasModal(sentence) || figures.hasFigures(text, s);
        if (promises && sentence.length() > 12) return false;
        boolean wholeLine = s.start() == s.lineStart() && (s.end() == text.length() || text.charAt(s.end()) == '\n');
        return Cues.isHeading(sentence, wholeLine || frame.isHeadingAt(s.start()));
    }
}
