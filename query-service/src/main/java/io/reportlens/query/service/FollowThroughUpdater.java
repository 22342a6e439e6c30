package io.reportlens.query.service;

import io.reportlens.query.model.CommitmentRecord;
import io.reportlens.query.model.SeriesPoint;
import io.reportlens.query.model.Tracking;
import io.reportlens.query.store.CommitmentStore;
import io.reportlens.query.store.DocumentMapper;
import io.reportlens.query.store.MetricStore;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps commitments' follow-through current from either side: a new commitment is judged against the
 * series it watches; new figures in a series re-judge every commitment watching it. A series is the
 * current figures of one indicator in one region: the metrics with that {@code seriesKey}.
 */
@ApplicationScoped
public class FollowThroughUpdater {

    private final MetricStore metrics;
    private final CommitmentStore commitments;

    public FollowThroughUpdater(MetricStore metrics, CommitmentStore commitments) {
        this.metrics = metrics;
        this.commitments = commitments;
    }

    /** The figures of these series as they are stored now, in one read: series key → its points. */
    public Map<String, List<SeriesPoint>> series(Collection<String> keys) {
        Map<String, List<Document>> figures = new LinkedHashMap<>();
        metrics.inSeries(keys).forEach(m -> figures.computeIfAbsent(m.getString("seriesKey"),
                k -> new ArrayList<>()).add(m));
        Map<String, List<SeriesPoint>> series = new LinkedHashMap<>();
        figures.forEach((key, ms) -> series.put(key, points(ms)));
        return series;
    }

    /** The commitment with its verdict, judged against the points of the series it watches. */
    public CommitmentRecord judge(CommitmentRecord commitment, Tracking tracking, List<SeriesPoint> points) {
        FollowThrough.Verdict verdict = FollowThrough.judge(commitment.reportId(), commitment.action(),
                commitment.due(), tracking.target(), points, today());
        return commitment.withStatus(verdict.status(), verdict.evidence());
    }

    /**
     * Re-judges the commitments watching these series whose verdict new or withdrawn figures can
     * change: key → the latest year of those figures (a figure of year Y only settles commitments due
     * by Y). Two reads: the watchers, then the figures of the series that have a qualifying watcher.
     */
    public void rejudgeWatchers(Map<String, Integer> latestYearByKey) {
        Map<String, List<Document>> due = new LinkedHashMap<>();
        for (Document doc : commitments.watching(latestYearByKey.keySet())) {
            String key = doc.get("track", Document.class).getString("seriesKey");
            String dueDate = doc.getString("due");
            if (dueDate == null || Integer.parseInt(dueDate.substring(0, 4)) <= latestYearByKey.get(key)) {
                due.computeIfAbsent(key, k -> new ArrayList<>()).add(doc);
            }
        }
        if (due.isEmpty()) {
            return;
        }
        Map<String, List<SeriesPoint>> series = series(due.keySet());
        due.forEach((key, docs) -> {
            List<SeriesPoint> points = series.getOrDefault(key, List.of());
            docs.forEach(doc -> rejudge(doc, points));
        });
    }

    private void rejudge(Document doc, List<SeriesPoint> points) {
        String commitmentId = doc.getString("_id");
        Document track = doc.get("track", Document.class);
        if (track == null) {
            return;
        }
        CommitmentRecord c = DocumentMapper.fromDocument(doc, CommitmentRecord.class);
        Tracking tracking = DocumentMapper.fromDocument(track, Tracking.class);
        FollowThrough.Verdict verdict = FollowThrough.judge(c.reportId(), c.action(), c.due(), tracking.target(),
                points, today());
        CommitmentRecord judged = c.withStatus(verdict.status(), verdict.evidence());
        Document verdictFields = new Document("status", judged.status())
                .append("evidenceMetricId", judged.evidenceMetricId())
                .append("evidenceReportId", judged.evidenceReportId())
                .append("evidenceValue", judged.evidenceValue())
                .append("evidenceYear", judged.evidenceYear());
        // Most re-judgements confirm the stored verdict; writing only changes keeps a new report's
        // cost from growing with every commitment that already watches its series.
        if (unchanged(doc, verdictFields)) {
            return;
        }
        commitments.update(commitmentId, new Document("$set", verdictFields));
    }

    private static boolean unchanged(Document stored, Document verdict) {
        for (Map.Entry<String, Object> field : verdict.entrySet()) {
            if (!Objects.equals(stored.get(field.getKey()), field.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** The actual and target figures with a year among a series' metrics. */
    static List<SeriesPoint> points(List<Document> metrics) {
        List<SeriesPoint> points = new ArrayList<>();
        for (Document m : metrics) {
            String kind = m.getString("kind");
            Integer year = m.getInteger("year");
            if (year != null && ("actual".equals(kind) || "target".equals(kind))) {
                points.add(new SeriesPoint(year, kind, ((Number) m.get("value")).doubleValue(),
                        m.get("valueHigh") == null ? null : ((Number) m.get("valueHigh")).doubleValue(),
                        m.getString("unit"), m.getString("comparator"), m.getString("indicator"),
                        m.getString("reportId"), m.getString("id"), m.getString("text")));
            }
        }
        return points;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
