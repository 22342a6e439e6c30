package io.reportlens.engine.frame;

import io.reportlens.engine.text.Sentence;
import io.reportlens.engine.text.SentenceSplitter;

/**
 * For a report that does not say what kind it is (no title naming it, a headerless excerpt), the type
 * its sentences give: a text whose sentences look back far more often than forward is a summary,
 * whatever its headings suggest (业务目标 over a list of results), and one that looks forward far more
 * often is a plan.
 */
final class DocTypeCensus {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    private static final int MIN_SENTENCES = 3;
    private static final int DOMINANCE = 2;

    private DocTypeCensus() {
    }

    /**
     * The type the sentences give when they clearly disagree with {@code docType}, else {@code docType};
     * when it is unknown, the type they lean to.
     */
    static String correct(String docType, String text, Integer now) {
        int back = 0;
        int forward = 0;
        for (Sentence s : SPLITTER.split(text)) {
            int score = OrientationCues.score(text, s.start(), s.end(), now);
            if (score >= Orientation.DECISIVE) {
                forward++;
            } else if (score <= -Orientation.DECISIVE) {
                back++;
            }
        }
        boolean mostlyBack = back >= MIN_SENTENCES && back >= DOMINANCE * forward;
        boolean mostlyForward = forward >= MIN_SENTENCES && forward >= DOMINANCE * back;
        if (mostlyBack && (docType == null || "plan".equals(docType))) {
            return "summary";
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
        if (back >= MIN_SENTENCES && forward >= MIN_SENTENCES) {
            return "summary_and_plan";
        }
        return forward > back ? "plan" : "summary";
    }
}
