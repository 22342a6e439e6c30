package io.reportlens.engine.commitments;

import io.reportlens.engine.model.Commitment;
import io.reportlens.engine.model.Deadline;
import io.reportlens.engine.model.Ids;
import io.reportlens.engine.model.Metric;
import io.reportlens.engine.model.ReportMetadata;
import io.reportlens.engine.model.Section;
import io.reportlens.engine.model.Target;

import java.util.ArrayList;
import java.util.List;

/**
 * Spec §4: every sentence in a forward-looking part of a report is a commitment — plan sections,
 * plan documents, 下一步 / 下半年 / 明年 / 今年… passages, and sentences of a speech that say what
 * 要 / 将 / 力争 / 确保 be done. Headings, framing statements (总体思路是…), problems and results
 * already reached are not. A commitment is measurable when it holds a target figure or a time limit.
 * Thread-safe.
 */
public final class CommitmentExtractor {

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final StrengthClassifier strength = new StrengthClassifier();
    private final ActionFinder actions = new ActionFinder();
    private final TopicClassifier topics = new TopicClassifier();

    public List<Commitment> extract(String reportKey, String text, List<Section> sections, ReportMetadata report, List<Metric> metrics) {
        ReportTimeline timeline = ReportTimeline.of(report, text);
        ForwardContext context = new ForwardContext(sections, text);
        TargetFinder targetFinder = new TargetFinder(metrics);
        OwnerFinder owners = new OwnerFinder(report);

        List<Commitment> commitments = new ArrayList<>();
        int passageLine = -1;
        String lineLead = null;
        int carriedGroup = -1;
        List<Deadline> carried = List.of();
        for (Sentence s : splitter.split(text)) {
            String sentence = s.text(text);
            if (s.start() == s.lineStart()) {
                lineLead = sentence;
            }
            if (startsPassage(sentence)) {
                passageLine = s.lineStart();
            }
            String kind = context.kindAt(s.start());
            if (!isForward(kind, passageLine == s.lineStart(), sentence, timeline.docType())
                    || isHeading(text, s, sentence, context) || Cues.isStatementOnly(sentence)) {
                continue;
            }

            ReportTimeline sentenceTimeline = timeline.inSectionOf(context.planYearAt(s.start()));
            List<DeadlineFinder.Found> foundDeadlines = DeadlineFinder.find(sentence, sentenceTimeline);
            List<Deadline> deadlines = foundDeadlines.stream().map(DeadlineFinder.Found::deadline).toList();
            if (opensWithTimeLimit(sentence, foundDeadlines)) {
                carriedGroup = s.group();
                carried = deadlines;
            } else if (deadlines.isEmpty() && s.group() == carriedGroup) {
                deadlines = carried;
            }
            List<TargetFinder.Found> foundTargets = targetFinder.find(text, s);
            List<Target> targets = foundTargets.stream().map(TargetFinder.Found::target).toList();
            ActionFinder.Action action = actions.find(sentence, foundTargets, foundDeadlines);

            commitments.add(new Commitment(
                    Ids.of("c", reportKey, s.start(), s.end()), sentence, s.start(), s.end(),
                    action.verb(), action.object(), deadlines, targets,
                    strength.classify(sentence, action.at()),
                    owners.find(sentence, action.at()),
                    topics.classify(sentence, lineLead, context.headingAt(s.start())),
                    !targets.isEmpty() || !deadlines.isEmpty()));
        }
        return commitments;
    }

    /** 年内,A要…: a time limit standing alone before the first comma governs the clauses after it. */
    private static boolean opensWithTimeLimit(String sentence, List<DeadlineFinder.Found> deadlines) {
        if (deadlines.isEmpty()) return false;
        DeadlineFinder.Found first = deadlines.get(0);
        int clauseEnd = Clauses.endOf(sentence, 0);
        return clauseEnd < sentence.length() && first.end() <= clauseEnd && clauseEnd - (first.end() - first.start()) <= 2;
    }

    private static boolean startsPassage(String sentence) {
        if (sentence.indexOf('下') < 0 && sentence.indexOf('年') < 0 && sentence.indexOf('后') < 0) return false;
        return Cues.PASSAGE_START.matcher(sentence).find()
                || (Cues.THIS_YEAR_START.matcher(sentence).find() && Cues.hasModal(sentence));
    }

    private static boolean isForward(String kind, boolean inPassage, String sentence, String docType) {
        if (inPassage || "plan".equals(kind)) return true;
        if ("review".equals(kind) || "problems".equals(kind)) return false;
        return "plan".equals(docType) || ("speech".equals(docType) && Cues.hasModal(sentence));
    }

    /**
     * A heading that promises nothing itself: an outline heading, a short sentence with a list marker,
     * or a short line of its own. Outline items written as whole sentences (一是要…,全面启动17项…) stay.
     */
    private static boolean isHeading(String text, Sentence s, String sentence, ForwardContext context) {
        if (!Cues.isHeading(sentence, true)) return false;
        boolean promises = Cues.hasModal(sentence) || !TargetFinder.readFigures(sentence).isEmpty();
        if (promises && sentence.length() > 12) return false;
        boolean wholeLine = s.start() == s.lineStart() && (s.end() == text.length() || text.charAt(s.end()) == '\n');
        return Cues.isHeading(sentence, wholeLine || context.isHeadingAt(s.start()));
    }
}
