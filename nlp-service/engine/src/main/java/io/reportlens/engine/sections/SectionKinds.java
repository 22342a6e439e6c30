package io.reportlens.engine.sections;

import io.reportlens.engine.text.WordList;

import java.util.List;

/** What a heading announces ({@code heading-words.tsv}): a review of work done, problems, a plan, or something else. */
public final class SectionKinds {

    public static final String REVIEW = "review";
    public static final String PROBLEMS = "problems";
    public static final String PLAN = "plan";
    public static final String OTHER = "other";

    private static final List<String> PROBLEM_WORDS = words("problems");
    private static final List<String> REMEDY_WORDS = words("remedies");
    private static final List<String> STRONG_PLAN_WORDS = words("plan");
    private static final List<String> WEAK_PLAN_WORDS = words("weak-plan");
    private static final List<String> REVIEW_WORDS = words("review");
    private static final List<String> WEAK_REVIEW_WORDS = words("weak-review");
    private static final List<String> COMPOUNDS = words("compound");
    private static final List<String> WORK_DONE_WORDS = words("work-done");

    private SectionKinds() {
    }

    /**
     * The kind a heading's words give, or {@code inherited} when they give none. Under a review or
     * problems heading only strong words change the kind; under a plan, problems named are ones to solve.
     */
    public static String classify(String rawHeading, String inherited) {
        String heading = withoutCompounds(rawHeading);
        if (!PLAN.equals(inherited) && containsAny(heading, PROBLEM_WORDS) && !containsAny(heading, REMEDY_WORDS)) {
            return PROBLEMS;
        }
        if (containsAny(heading, STRONG_PLAN_WORDS)) {
            return PLAN;
        }
        boolean topLevel = inherited == null || OTHER.equals(inherited);
        if (topLevel && containsAny(heading, REVIEW_WORDS)) {
            return REVIEW;
        }
        if (topLevel && containsAny(heading, WEAK_PLAN_WORDS)) {
            return PLAN;
        }
        if (topLevel && containsAny(heading, WEAK_REVIEW_WORDS)) {
            return REVIEW;
        }
        return inherited == null ? OTHER : inherited;
    }

    /** Whether a heading's plan word may as well head work done (重点措施, 主要任务): see {@code heading-words.tsv}. */
    public static boolean mayHeadWorkDone(String heading) {
        return containsAny(withoutCompounds(heading), WORK_DONE_WORDS);
    }

    /** Whether a heading announces a plan in so many words (计划, 安排, 下一步…), not only by a weak word (目标, 重点). */
    public static boolean announcesPlan(String heading) {
        return containsAny(withoutCompounds(heading), STRONG_PLAN_WORDS);
    }

    /**
     * The heading (or title) with each compound whose words do not mean themselves (计划生育, 按计划)
     * blanked out, so that no kind word is found inside it.
     */
    public static String withoutCompounds(String heading) {
        String s = heading;
        for (String compound : COMPOUNDS) {
            if (s.contains(compound)) {
                s = s.replace(compound, "\u3000".repeat(compound.length()));
            }
        }
        return s;
    }

    /** The words of one group of {@code heading-words.tsv}. */
    private static List<String> words(String group) {
        return WordList.loadTable(SectionKinds.class, "heading-words.tsv").stream()
                .filter(row -> row[0].equals(group)).map(row -> row[1].strip()).toList();
    }

    private static boolean containsAny(String s, List<String> words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
