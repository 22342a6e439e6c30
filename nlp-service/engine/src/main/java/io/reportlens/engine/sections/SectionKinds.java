package io.reportlens.engine.sections;

import java.util.List;

/** What a heading announces: a review of work done, problems, a plan, or something else. */
public final class SectionKinds {

    public static final String REVIEW = "review";
    public static final String PROBLEMS = "problems";
    public static final String PLAN = "plan";
    public static final String OTHER = "other";

    private static final List<String> PROBLEM_WORDS = List.of("问题", "不足", "困难", "短板", "差距", "薄弱环节", "挑战");
    /** Words that announce a plan even under a review heading. */
    private static final List<String> STRONG_PLAN_WORDS = List.of("计划", "安排", "打算", "下一步", "下半年", "展望");
    /** Words that announce a plan only in a top-level heading (inside a review they name focal work done). */
    private static final List<String> WEAK_PLAN_WORDS = List.of("思路", "重点", "任务", "目标", "要点", "部署");
    /**
     * Words that say how work went; they outweigh the weak plan words (2023年重点工作开展情况 is a review).
     * 情况 covers 工作情况, 基本情况, 开展情况, 推进情况, 完成情况… (problem headings are classed first).
     */
    private static final List<String> REVIEW_WORDS = List.of("情况", "做法", "成效", "成绩", "回顾", "总结", "进展", "取得",
            "现状", "成就", "发展基础", "背景");
    /** 主要工作 is a review only when nothing in the heading points ahead. */
    private static final List<String> WEAK_REVIEW_WORDS = List.of("主要工作");

    private SectionKinds() {
    }

    /**
     * The kind a heading's words give, or {@code inherited} when they give none. Under a review or
     * problems heading only strong words change the kind; under a plan, problems named are ones to solve.
     */
    public static String classify(String heading, String inherited) {
        if (!PLAN.equals(inherited) && containsAny(heading, PROBLEM_WORDS)) {
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

    private static boolean containsAny(String s, List<String> words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
