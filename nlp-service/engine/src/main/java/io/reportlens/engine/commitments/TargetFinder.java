package io.reportlens.engine.commitments;

import io.reportlens.engine.model.Metric;
import io.reportlens.engine.model.Target;
import io.reportlens.engine.text.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The target figures of a sentence: the metrics of kind {@code target} whose span lies in it.
 * When the metric stage classed no figure of the report as a target, a conservative reading of
 * the sentence's own figures stands in (then {@code metricId} is null).
 */
final class TargetFinder {

    /** A target and its offset inside the sentence. */
    record Found(Target target, int start, int end) {
    }

    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\dA-Za-z.第/])(\\d+(?:\\.\\d+)?)(?:\\s*[-~—～至到]\\s*(\\d+(?:\\.\\d+)?))?(万|亿)?"
                    + "(%|％|‰|个百分点|人次|个|家|张|人|名|所|项|次|间|期|级|例|台|套|支|元|床|平方米|公里|小时|分钟|天|户|份|场|批)"
                    + "(?![A-Za-z])");
    private static final Pattern FRACTION = Pattern.compile("(?<![\\d/])(\\d)/(\\d)(?![\\d/万])");
    /** Rates per population: 孕产妇死亡率10/10万. */
    private static final Pattern RATE = Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?)/(10万|万|千)");
    private static final Pattern PAST_CLAUSE = Pattern.compile("了|已|截至|截止|累计");

    private final List<Metric> targets;
    private final boolean metricsClassTargets;

    TargetFinder(List<Metric> metrics) {
        this.targets = metrics.stream().filter(m -> "target".equals(m.kind())).toList();
        this.metricsClassTargets = !targets.isEmpty();
    }

    List<Found> find(String text, Sentence sentence) {
        if (metricsClassTargets) {
            List<Found> found = new ArrayList<>();
            for (Metric m : targets) {
                if (m.start() >= sentence.start() && m.end() <= sentence.end()) {
                    found.add(new Found(new Target(m.id(), m.indicator(), m.value(), m.valueHigh(), m.unit(), m.comparator()),
                            figureStart(text, m) - sentence.start(), m.end() - sentence.start()));
                }
            }
            return found;
        }
        return readFigures(sentence.text(text));
    }

    /** Where the figure itself starts inside a metric's span (which may open with the indicator). */
    private static int figureStart(String text, Metric m) {
        int at = m.raw() == null || m.raw().isEmpty() ? -1 : text.indexOf(m.raw(), m.start());
        return at >= 0 && at < m.end() ? at : m.start();
    }

    static List<Found> readFigures(String s) {
        List<Found> found = new ArrayList<>();
        if (s.chars().noneMatch(c -> c >= '0' && c <= '9')) return found;
        Matcher m = FIGURE.matcher(s);
        while (m.find()) {
            if (skipped(s, m.start(), m.end())) continue;
            double value = Double.parseDouble(m.group(1));
            Double high = m.group(2) == null ? null : Double.parseDouble(m.group(2));
            double scale = "万".equals(m.group(3)) ? 1e4 : "亿".equals(m.group(3)) ? 1e8 : 1;
            String unit = m.group(4).equals("％") ? "%" : m.group(4);
            found.add(new Found(new Target(null, null, value * scale, high == null ? null : high * scale, unit,
                    comparator(s, m.start(), m.end())), m.start(), m.end()));
        }
        Matcher f = FRACTION.matcher(s);
        while (f.find()) {
            if (skipped(s, f.start(), f.end())) continue;
            double percent = Math.round(10000.0 * Integer.parseInt(f.group(1)) / Integer.parseInt(f.group(2))) / 100.0;
            found.add(new Found(new Target(null, null, percent, null, "%", comparator(s, f.start(), f.end())), f.start(), f.end()));
        }
        Matcher r = RATE.matcher(s);
        while (r.find()) {
            if (skipped(s, r.start(), r.end())) continue;
            found.add(new Found(new Target(null, null, Double.parseDouble(r.group(1)), null, "/" + r.group(2),
                    comparator(s, r.start(), r.end())), r.start(), r.end()));
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** Figures in titles or quotes (plan names, slogans), years, and results already reached are not targets. */
    private static boolean skipped(String s, int start, int end) {
        if (DeadlineFinder.insideTitleOrQuote(s, start)) return true;
        if (end < s.length() && s.charAt(end) == '年') return true;
        int clauseStart = Math.max(Math.max(s.lastIndexOf(',', start), s.lastIndexOf('，', start)), s.lastIndexOf('、', start)) + 1;
        return PAST_CLAUSE.matcher(s.substring(clauseStart, start)).find();
    }

    private static String comparator(String s, int start, int end) {
        String after = s.substring(end, Math.min(s.length(), end + 2));
        String before = s.substring(Math.max(0, start - 3), start);
        String lead = s.substring(Math.max(Clauses.startOf(s, start), start - 6), start);
        if (after.startsWith("以上") || lead.contains("至少") || lead.contains("不低于") || lead.contains("不少于")) return ">=";
        if (after.startsWith("以下") || after.startsWith("以内") || lead.contains("不超过") || lead.contains("不高于")) return "<=";
        if (after.startsWith("左右") || before.endsWith("约")) return "~";
        if (before.endsWith("超过") || after.startsWith("余") || after.startsWith("多")) return ">";
        return "=";
    }
}
