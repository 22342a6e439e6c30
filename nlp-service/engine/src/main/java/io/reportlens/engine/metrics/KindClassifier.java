package io.reportlens.engine.metrics;

import java.util.List;

import io.reportlens.engine.text.WordList;
import io.reportlens.engine.frame.Orientation;
import io.reportlens.engine.frame.OrientationCues;
import io.reportlens.engine.frame.ReportFrame;

/** kind (spec §3): rank, change (signed), target or actual, from the clause and the part of the report. */
final class KindClassifier {

    static final String ACTUAL = "actual";
    static final String TARGET = "target";
    static final String CHANGE = "change";
    static final String RANK = "rank";

    private static final String[] RISES = WordList.group(KindClassifier.class, "kind-cues.tsv", "rises");
    private static final String[] FALLS = WordList.group(KindClassifier.class, "kind-cues.tsv", "falls");
    private static final String[] BELOW = WordList.group(KindClassifier.class, "kind-cues.tsv", "below");
    private static final String[] COMPARISONS = WordList.group(KindClassifier.class, "kind-cues.tsv", "comparisons");
    private static final String[] FILLERS = WordList.group(KindClassifier.class, "kind-cues.tsv", "fillers");

    /** Goals, plans and requirements stated anywhere, even in a review. */
    private static final String[] TARGET_CUES = WordList.group(KindClassifier.class, "kind-cues.tsv", "target-cues");
    private static final String[] TARGET_AFTER = WordList.group(KindClassifier.class, "kind-cues.tsv", "target-after");
    /** Words showing a figure already reached, even inside a plan part. */
    private static final String[] PAST_MARKERS = WordList.group(KindClassifier.class, "kind-cues.tsv", "past-markers");

    /** True for a word that alone says a figure rose or fell (增长, 下降). */
    static boolean isChangeWord(String word) {
        return List.of(RISES).contains(word) || List.of(FALLS).contains(word);
    }

    /** 卫生技术人员增加 → 卫生技术人员: the measure without the rise or fall it ends with. */
    static String withoutChangeWord(String indicator) {
        for (String[] verbs : new String[][]{FALLS, RISES}) {
            for (String verb : verbs) {
                if (indicator.endsWith(verb) && indicator.length() > verb.length()) {
                    return indicator.substring(0, indicator.length() - verb.length());
                }
            }
        }
        return indicator;
    }

    record Kind(String kind, int sign) {
    }

    private KindClassifier() {
    }

    /**
     * {@code ofAPastYear}: the sentence dates the figure to a year before the one the report speaks from
     * (2020年底,全国注册护士总数470余万人 in a plan for 2021): in a forward part it is the base, not a goal,
     * unless a cue of its own (力争, 目标, ≥) makes it one.
     */
    static Kind classify(String text, Mention m, ReportFrame frame, boolean ofAPastYear) {
        if (m.rank()) return new Kind(RANK, 1);
        int clauseStart = Clauses.clauseStart(text, m.start());
        String before = text.substring(clauseStart, m.start());
        int sign = m.unit().equals("个百分点") || m.unit().equals("个千分点") || m.unit().equals("名次") ? changeSign(text, m.start())
                : changeVerbSign(text, m.start(), clauseStart, before);
        boolean target = isTarget(text, m, clauseStart, before, frame, ofAPastYear);
        // a planned change (在2020年基础上提高0.4岁, 每年降低1个百分点) is a goal, signed
        if (sign != 0) return new Kind(target ? TARGET : CHANGE, sign);
        return new Kind(target ? TARGET : ACTUAL, 1);
    }

    private static boolean isTarget(String text, Mention m, int clauseStart, String before, ReportFrame frame, boolean ofAPastYear) {
        if (containsAny(OrientationCues.withoutNeutralWords(before), TARGET_CUES) || hasPlanCue(before)) return true;
        if (m.start() > 0 && "≥≤≧≦".indexOf(text.charAt(m.start() - 1)) >= 0) return true; // ≥90%: a standard set
        if (before.endsWith("距")) return true;
        for (String w : TARGET_AFTER) if (text.startsWith(w, m.end())) return true;
        if (ofAPastYear) return false;
        if (frame.orientationOf(clauseStart, Clauses.clauseEnd(text, m.end())) != Orientation.FORWARD) return false;
        int sentenceStart = Clauses.sentenceStart(text, m.start());
        String sentence = text.substring(sentenceStart, m.start());
        return !containsAny(before, PAST_MARKERS) && !sentence.contains("存在") && !sentence.contains("差距")
                && !isTheBase(text, m, before);
    }

    /** 在全面完成8个一体化基础上(再…): the figure a goal builds on is one already reached. */
    private static boolean isTheBase(String text, Mention m, String before) {
        int clauseEnd = Clauses.clauseEnd(text, m.end());
        int base = text.indexOf("基础上", m.start());
        return before.contains("在") && base >= 0 && base < clauseEnd;
    }

    private static boolean containsAny(String s, String[] words) {
        for (String w : words) if (s.contains(w)) return true;
        return false;
    }

    /** 计划发放5800人 (a planned figure) but not 按计划 (on schedule) or 完成计划发放率 (a rate). */
    private static boolean hasPlanCue(String before) {
        int at = before.lastIndexOf("计划");
        return at >= 0 && before.length() - at <= 6 && (at == 0 || before.charAt(at - 1) != '按')
                && !before.endsWith("率") && !before.substring(0, at).endsWith("完成");
    }

    /** +1 / -1 when a change verb stands right before the number (同比减少1084人), else 0. */
    private static int changeVerbSign(String text, int numberStart, int clauseStart, String before) {
        int p = numberStart;
        for (String f : FILLERS) {
            if (p - f.length() >= clauseStart && text.startsWith(f, p - f.length())) {
                p -= f.length();
                break;
            }
        }
        boolean compared = containsAny(before, COMPARISONS);
        for (String[] verbs : new String[][]{FALLS, RISES}) { // falls first: 负增长 ends like 增长
            for (String v : verbs) {
                int at = p - v.length();
                if (at < clauseStart || !text.startsWith(v, at)) continue;
                if (at > 0 && (text.charAt(at - 1) == '新' || text.charAt(at - 1) == '倍')) return 0;
                if (v.length() == 1 && !compared) return 0;
                return verbs == RISES ? 1 : -1;
            }
        }
        return 0;
    }

    /** +1 / -1 when {@code words} end on a rise or a fall (每年提升, 较2022年下降), else 0; one-character verbs are too loose to count. */
    static int signOf(String words) {
        int sign = 0;
        int at = -1;
        for (String[] verbs : new String[][]{FALLS, RISES}) { // falls first: 负增长 ends like 增长
            for (String v : verbs) {
                int i = words.lastIndexOf(v);
                if (v.length() > 1 && i > at) {
                    at = i;
                    sign = verbs == RISES ? 1 : -1;
                }
            }
        }
        return sign;
    }

    /** The sign of a figure known to be a change: a fall, or a gap below what it is compared with (低于全国平均水平4.24个百分点). */
    private static int changeSign(String text, int numberStart) {
        int clause = Clauses.clauseStart(text, numberStart);
        if (containsAny(text.substring(Math.max(clause, numberStart - 8), numberStart), FALLS)) return -1;
        return containsAny(text.substring(clause, numberStart), BELOW) ? -1 : 1;
    }
}
