package io.reportlens.engine.metrics;

import io.reportlens.engine.frame.Orientation;
import io.reportlens.engine.frame.ReportFrame;
import io.reportlens.engine.model.Ids;
import io.reportlens.engine.model.Metric;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Spec §3: every stated quantity of a report, with what it measures, its kind, year and region. */
public final class MetricExtractor {

    private static final Pattern YEAR = Pattern.compile("(?<![\\d-])((?:19|20)\\d{2})年(?!以来|起|前)");
    /** The words around a year that compare with it rather than date by it: 较2015年, 与2020年相比. */
    private static final String COMPARED_BEFORE = "较比与同于在";
    private static final String[] COMPARED_AFTER = {"基础", "相比", "同期", "水平", "比较"};
    private static final int MAX_QUOTE_BEFORE = 24;
    private static final int MAX_QUOTE_AFTER = 12;

    private final MentionFinder finder = new MentionFinder();
    private final IndicatorCatalog catalog = IndicatorCatalog.standard();
    private final TableMetrics tables = new TableMetrics(catalog);

    public List<Metric> extract(String reportKey, String text, ReportFrame frame) {
        TableMetrics.Read tabled = tables.read(reportKey, text, frame);
        List<Mention> mentions = finder.find(text);
        mentions.removeIf(m -> tabled.covers(m.start()));
        List<Metric> metrics = new ArrayList<>();
        Mention previous = null;
        KindClassifier.Kind previousKind = null;
        String previousIndicator = null;
        String total = null;
        int previousCountedEnd = -1;
        List<FromTo.Baseline> baselines = new ArrayList<>(mentions.size());
        Set<Integer> startingFigures = new HashSet<>();
        for (Mention m : mentions) {
            FromTo.Baseline b = FromTo.before(text, m.numberStart());
            baselines.add(b);
            if (b != null) startingFigures.add(b.baselineStart());
        }
        boolean[] startingInList = new boolean[mentions.size()];
        RespectiveLists.Assigned[] respective = RespectiveLists.assign(text, mentions, startingInList);
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (startingFigures.contains(m.start()) || startingInList[i]) continue;
            FromTo.Baseline baseline = baselines.get(i);
            RespectiveLists.Assigned assigned = respective[i];
            Double baselineValue = assigned != null && assigned.baseline() != null ? assigned.baseline()
                    : baseline == null ? null : baseline.value();
            int itemStart = Clauses.itemStart(text, m.start());
            int sentenceStart = Clauses.sentenceStart(text, m.start());
            boolean sameSentence = previous != null && previous.end() > sentenceStart;
            int phraseStart = sameSentence && previous.end() > itemStart ? previous.end() : itemStart;
            boolean sameList = sameSentence && previous.end() <= itemStart && itemStart > 0 && text.charAt(itemStart - 1) == '、';
            if (!sameSentence) total = null;
            if (sameSentence && (text.startsWith("其中", itemStart) || text.startsWith("其中,", Math.max(0, itemStart - 3)) || text.startsWith("其中，", Math.max(0, itemStart - 3)))) {
                total = previousIndicator; // 其中医院162个, 其中,公立医院84.5%: parts of the total before
            }
            String previousCounted = sameSentence && previousCountedEnd > previous.end()
                    ? text.substring(previous.end(), previousCountedEnd) : "";
            IndicatorReader.Reading reading = IndicatorReader.read(text, m, phraseStart,
                    sameSentence ? previousIndicator : null, sameList, total, previousCounted);
            if (assigned != null && assigned.subject() != null) {
                reading = new IndicatorReader.Reading(assigned.subject(), reading.region(), false, m.end());
            }
            String group = sameSentence && total == null && previousIndicator != null && previous.unit().equals(m.unit())
                    ? PopulationGroups.namedBefore(text, itemStart, m.start()) : null;
            if (group != null) {
                // 孕产妇死亡率为10.98/10万,城市9.84/10万: the group's share of the measure just stated
                reading = new IndicatorReader.Reading(group + PopulationGroups.without(previousIndicator), reading.region(), false, m.end());
            }
            YearsBefore written = yearsBefore(text, sentenceStart, m);
            Integer year = yearOf(text, written, m, frame);
            KindClassifier.Kind kind = KindClassifier.classify(text, m, frame, written.before(frame.timeline().now()));
            if (previousKind != null && previousKind.kind().equals(KindClassifier.CHANGE) && kind.kind().equals(KindClassifier.ACTUAL)
                    && RespectiveLists.joined(text, previous, m)) {
                kind = previousKind; // 分别增长4.74%和5.74%: the figures of one list share the verb before the first
            }
            String kindName = kind.kind();
            if (kindName.equals(KindClassifier.ACTUAL) && isFutureTarget(year, frame)) kindName = KindClassifier.TARGET;
            int start = Math.max(phraseStart, m.start() - MAX_QUOTE_BEFORE);
            if (baseline != null) start = Math.min(start, Math.max(itemStart, baseline.baselineStart() - 8));
            int end = Math.max(m.end(), Math.min(reading.countedEnd(), m.end() + MAX_QUOTE_AFTER));
            double value = m.value() < 0 ? m.value() : m.value() * kind.sign(); // a written minus is the sign (增长-5.1%)
            List<RespectiveLists.Subject> sharing = assigned == null ? RespectiveLists.sharing(text, m) : null;
            if (sharing == null) {
                add(metrics, reportKey, reading.indicator(), value, m, text, kindName, year, reading.region(), baselineValue, start, end);
            } else {
                // A、B和C均达到95%: the figure once for each subject, its text from the subject's item to the figure
                for (int k = 0; k < sharing.size(); k++) {
                    RespectiveLists.Subject subject = sharing.get(k);
                    add(metrics, reportKey, subject.name(), value, m, text, kindName, year, reading.region(), baselineValue,
                            k == 0 ? Math.min(start, subject.start()) : subject.start(), end);
                }
            }
            previous = m;
            previousKind = kind;
            previousCountedEnd = reading.countedEnd();
            if (!reading.weak() || previousIndicator == null) previousIndicator = reading.indicator();
        }
        return inTextOrder(metrics, tabled.metrics());
    }

    /** Adds the figure as a metric of {@code indicator}, in the measure's own unit, unless the measure is off topic. */
    private void add(List<Metric> metrics, String reportKey, String indicator, double value, Mention m, String text, String kind,
                     Integer year, String region, Double baseline, int start, int end) {
        if (OffTopic.names(indicator)) return;
        String indicatorId = catalog.idOf(indicator);
        String unit = m.unit();
        if (value == 0 && unit.equals("%") && indicatorId != null && catalog.unitOf(indicatorId) != null) {
            unit = catalog.unitOf(indicatorId); // 孕产妇死亡率为0: a zero rate in the measure's own unit (/10万)
        } else if (unit.equals("%") && indicatorId != null && "‰".equals(catalog.unitOf(indicatorId)) && !"change".equals(kind)) {
            // 婴儿死亡率2.50%, 自然增长率9.84%: rates the statistics state per mille, their ‰ typed or reposted as %;
            // a change of such a rate (下降至0.78‰,下降62.14%) is relative, in %
            unit = "‰";
        }
        metrics.add(new Metric(Ids.of("m", reportKey, start, end), indicator, indicatorId, value, m.high(), unit, m.raw(text),
                m.comparator(), kind, year, region, baseline, text.substring(start, end), start, end));
    }

    /** The figures of prose and of tables, each list in its own order, merged by where they start. */
    private static List<Metric> inTextOrder(List<Metric> prose, List<Metric> tabled) {
        if (tabled.isEmpty()) return prose;
        List<Metric> out = new ArrayList<>(prose.size() + tabled.size());
        int t = 0;
        for (Metric m : prose) {
            while (t < tabled.size() && tabled.get(t).start() <= m.start()) out.add(tabled.get(t++));
            out.add(m);
        }
        while (t < tabled.size()) out.add(tabled.get(t++));
        return out;
    }

    /** 到2025年…占比达15%: a figure for a year after the one the report speaks from is a goal. */
    private static boolean isFutureTarget(Integer year, ReportFrame frame) {
        Integer now = frame.timeline().now();
        return year != null && now != null && year > now;
    }

    /** The years written before a figure in its sentence: the last one, and the last one that dates it (0 for none). */
    private record YearsBefore(Integer last, int dating) {

        /** Whether the figure is dated to a year before the one the report speaks from. */
        boolean before(Integer now) {
            return now != null && dating > 0 && dating < now;
        }
    }

    /**
     * The years written before the figure in its sentence (截至2022年底, 2021年对…, 到2025年); a year compared
     * with (较2015年, 在2020年基础上, 与2020年相比) does not date the figure.
     */
    private static YearsBefore yearsBefore(String text, int sentenceStart, Mention m) {
        Matcher y = YEAR.matcher(text).region(sentenceStart, m.start());
        Integer last = null;
        int dating = 0;
        while (y.find()) {
            last = Integer.valueOf(y.group(1));
            boolean comparedBefore = y.start() > sentenceStart && COMPARED_BEFORE.indexOf(text.charAt(y.start() - 1)) >= 0;
            int after = y.end() < m.start() && text.charAt(y.end()) == '的' ? y.end() + 1 : y.end();
            boolean comparedAfter = false;
            for (String w : COMPARED_AFTER) comparedAfter |= text.startsWith(w, after);
            if (!comparedBefore && !comparedAfter) dating = last;
        }
        return new YearsBefore(last, dating);
    }

    /** The figure's year: one written before it in its sentence, else its section's, else the year the part is about. */
    private static Integer yearOf(String text, YearsBefore written, Mention m, ReportFrame frame) {
        return written.last() != null ? written.last() : frame.yearAt(Clauses.clauseStart(text, m.start()), m.end());
    }
}
