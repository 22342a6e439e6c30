package io.reportlens.engine.frame;

import io.reportlens.engine.text.Sentence;
import io.reportlens.engine.text.SentenceSplitter;

import java.util.List;

/**
 * For a report that does not say what kind it is (no title naming it, a headerless excerpt), the type
 * its sentences give: a text whose sentences look back far more often than forward is a summary,
 * whatever its headings suggest (业务目标 over a list of results), and one that looks forward far more
 * often is a plan. A review whose last paragraphs open forward and go on looking forward (2021年,…将…。一是…)
 * reviews and plans.
 */
final class DocTypeCensus {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    private static final int MIN_SENTENCES = 3;
    private static final int DOMINANCE = 2;
    /** Sentences after the forward lead of a review's closing plan part (2021年,…将…。一是…。二是…). */
    private static final int MIN_PLAN_PART = 3;

    private DocTypeCensus() {
    }

    /**
     * The type the sentences give when they clearly disagree with {@code docType}, else {@code docType};
     * when it is unknown, the type they lean to.
     */
    static String correct(String docType, String text, Integer now) {
        int back = 0;
        int forward = 0;
        int planPart = -1;
        List<Sentence> sentences = SPLITTER.split(text);
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            int score = OrientationCues.score(text, s.start(), s.end(), now);
            if (score >= Orientation.DECISIVE) {
                forward++;
                if (planPart < 0 && s.start() == s.lineStart() && back > 0) {
                    planPart = i;
                }
            } else if (score <= -Orientation.DECISIVE) {
                back++;
                planPart = -1;
            }
        }
        boolean closesWithAPlan = planPart >= 0 && sentences.size() - planPart > MIN_PLAN_PART;
        boolean mostlyBack = back >= MIN_SENTENCES && back >= DOMINANCE * forward;
        boolean mostlyForward = forward >= MIN_SENTENCES && forward >= DOMINANCE * back;
        if (mostlyBack && (docType == null || "plan".equals(docType))) {
            // a review that ends in a paragraph opening forward, with its items after it, plans as well
            return closesWithAPlan ? "summary_and_plan" : "summary";
        }
        if (mostlyForward && docType == null) {
            return "plan";
        }
        if (docType != null) {
            return docType;
        }
        // Nothing says what kind it is and neither way dominates: the best guess, never none (every
        // report is one of the kinds): both ways in strength is both, else the way it leans, a review
        // when it leans neither (a text of figures states what was).
        if (back >= MIN_SENTENCES && forward >= MIN_SENTENCES || closesWithAPlan) {
            return "summary_and_plan";
        }
        return forward > back ? "plan" : "summary";
    }
}
