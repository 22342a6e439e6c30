package io.reportlens.engine.commitments;

import io.reportlens.engine.model.Metric;
import io.reportlens.engine.model.Target;
import io.reportlens.engine.text.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The target figures of a sentence: the metrics of kind {@code target} whose span lies in it. When
 * the metric stage classed no figure of the report as a target, the sentence's other figures stand in,
 * read conservatively: none in a title or quote, before 年, or in a clause that reports a result.
 * Every figure comes from the metric stage, so there is one reading of numbers in the engine.
 */
final class TargetFinder {

    /** A target and its offset inside the sentence. */
    record Found(Target target, int start, int end) {
    }

    private static final Pattern PAST_CLAUSE = Pattern.compile("了|已|截至|截止|累计");

    private final List<Metric> all;
    private final List<Metric> candidates;
    private final boolean metricsClassTargets;

    TargetFinder(List<Metric> metrics) {
        List<Metric> targets = metrics.stream().filter(m -> "target".equals(m.kind())).toList();
        this.all = metrics;
        this.metricsClassTargets = !targets.isEmpty();
        this.candidates = metricsClassTargets ? targets : metrics;
    }

    List<Found> find(String text, Sentence sentence) {
        String s = sentence.text(text);
        List<Found> found = new ArrayList<>();
        for (Metric m : candidates) {
            if (m.start() < sentence.start() || m.end() > sentence.end()) continue;
            int start = figureStart(text, m) - sentence.start();
            int end = m.end() - sentence.start();
            if (!metricsClassTargets && skipped(s, start, end)) continue;
            found.add(new Found(new Target(m.id(), m.indicator(), m.value(), m.valueHigh(), m.unit(), m.comparator()), start, end));
        }
        return found;
    }

    /** Whether the sentence holds a figure that may be a target (what a heading that promises something holds). */
    boolean hasFigures(String text, Sentence sentence) {
        String s = sentence.text(text);
        for (Metric m : all) {
            if (m.start() >= sentence.start() && m.end() <= sentence.end()
                    && !skipped(s, figureStart(text, m) - sentence.start(), m.end() - sentence.start())) {
                return true;
            }
        }
        return false;
    }

    /** Where the figure itself starts inside a metric's span (which may open with the indicator). */
    private static int figureStart(String text, Metric m) {
        int at = m.raw() == null || m.raw().isEmpty() ? -1 : text.indexOf(m.raw(), m.start());
        return at >= 0 && at < m.end() ? at : m.start();
    }

    /** Figures in titles or quotes (plan names, slogans), years, and results already reached or built on are not targets. */
    private static boolean skipped(String s, int start, int end) {
        if (DeadlineFinder.insideTitleOrQuote(s, start)) return true;
        if (end < s.length() && s.charAt(end) == '年') return true;
        int clauseStart = Math.max(Math.max(s.lastIndexOf(',', start), s.lastIndexOf('，', start)), s.lastIndexOf('、', start)) + 1;
        String before = s.substring(clauseStart, start);
        return PAST_CLAUSE.matcher(before).find() || buildsOn(s, before, start);
    }

    /** 在全面完成8个一体化基础上: the figure a goal builds on, already reached. */
    private static boolean buildsOn(String s, String before, int figure) {
        int base = s.indexOf("基础上", figure);
        int comma = s.indexOf(',', figure);
        return base >= 0 && (comma < 0 || base < comma) && before.contains("在");
    }
}
