package io.reportlens.query.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.reportlens.query.model.CommitmentRecord;
import io.reportlens.query.model.ExtractedReport;
import io.reportlens.query.model.MetricRecord;
import io.reportlens.query.model.SeriesPoint;
import io.reportlens.query.model.Tracking;
import io.reportlens.query.store.CatalogStore;
import io.reportlens.query.store.ChildStore;
import io.reportlens.query.store.CommitmentStore;
import io.reportlens.query.store.DocumentMapper;
import io.reportlens.query.store.MetricStore;
import io.reportlens.query.store.ReportStore;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.eclipse.microprofile.faulttolerance.Retry;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores one extraction result, idempotently and ordered by extractor version, without
 * multi-document transactions. The write order keeps every intermediate state safe:
 * <ol>
 *   <li>read the stored report: a newer version wins (the event is ignored); the same version,
 *       completely written, is a duplicate (ignored);</li>
 *   <li>write the children (metrics, commitments, text) under their stable ids, tagged with the
 *       version ({@code ev}) and carrying their search terms;</li>
 *   <li>write the report document (by {@code _id}; the version was checked in step 1); this makes the new
 *       children visible through {@code /reports/{id}} and the {@code reportId} lists, which read a
 *       report's children through the id lists it holds;</li>
 *   <li>delete the old version's children that the new one does not have;</li>
 *   <li>move the catalog counters and re-judge the follow-through of the commitments watching the
 *       series whose figures changed;</li>
 *   <li>mark the report complete. A failure before this leaves it incomplete, and the redelivered
 *       event (at-least-once) runs every step again.</li>
 * </ol>
 * One writer per report is assumed: events are keyed by report id, so one partition, one consumer.
 */
@ApplicationScoped
public class ReportUpserter {

    public enum Outcome { APPLIED, DUPLICATE, OLDER_IGNORED }

    private final ReportStore reports;
    private final MetricStore metrics;
    private final CommitmentStore commitments;
    private final CatalogStore catalogCounters;
    private final FollowThroughUpdater followThrough;
    private final IndicatorCatalog catalog;
    private final MeterRegistry registry;

    public ReportUpserter(ReportStore reports, MetricStore metrics, CommitmentStore commitments,
                          CatalogStore catalogCounters, FollowThroughUpdater followThrough,
                          IndicatorCatalog catalog, MeterRegistry registry) {
        this.reports = reports;
        this.metrics = metrics;
        this.commitments = commitments;
        this.catalogCounters = catalogCounters;
        this.followThrough = followThrough;
        this.catalog = catalog;
        this.registry = registry;
    }

    /** Retried a few times on store failures (not on invalid events); the caller dead-letters what still fails. */
    @Retry(maxRetries = 3, delay = 200, abortOn = InvalidEventException.class)
    public Outcome upsert(ExtractedReport event) {
        Outcome outcome = apply(ReportProjector.project(event));
        registry.counter("reportlens.query.upserts", "outcome", outcome.name().toLowerCase()).increment();
        return outcome;
    }

    private Outcome apply(ReportProjection p) {
        String id = p.reportId();
        Document old = reports.find(id);
        if (old != null) {
            long oldVersion = old.getLong("ev");
            if (oldVersion > p.versionKey()) {
                return Outcome.OLDER_IGNORED;
            }
            if (oldVersion == p.versionKey() && old.getBoolean("complete", false)) {
                return Outcome.DUPLICATE;
            }
        }
        String supersededBy = reports.supersededBy(id);
        boolean superseded = supersededBy != null;

        Map<String, Document> metricDocs = new LinkedHashMap<>();
        for (MetricRecord m : p.metrics()) {
            metricDocs.put(m.id(), metricDoc(m, metricDocs.size(), p.versionKey(), superseded));
        }
        Map<String, List<SeriesPoint>> watched = superseded ? Map.of() : followThrough.series(
                p.commitmentTracks().values().stream().map(Tracking::seriesKey).collect(Collectors.toSet()));
        Map<String, Document> commitmentDocs = new LinkedHashMap<>();
        p.commitments().forEach(c -> commitmentDocs.put(c.id(), commitmentDoc(c, p, superseded, watched)));
        metrics.upsertAll(List.copyOf(metricDocs.values()));
        commitments.upsertAll(List.copyOf(commitmentDocs.values()));
        Set<String> textTerms = Bigrams.of(p.summary().title());
        textTerms.addAll(Bigrams.of(p.text()));
        reports.writeText(id, p.text(), textTerms, p.versionKey());

        Map<String, List<MetricRecord>> series = superseded ? Map.of() : p.seriesMetrics();
        Document tally = superseded ? new Document() : CatalogStore.tally(p.metrics());
        reports.write(reportDoc(p, supersededBy, List.copyOf(metricDocs.values()),
                List.copyOf(commitmentDocs.values()), series.keySet()));

        if (old != null) {
            deleteStale(metrics, old.getList("metricIds", String.class), ids(metricDocs.values()));
            deleteStale(commitments, old.getList("commitmentIds", String.class), ids(commitmentDocs.values()));
        }
        replaceCatalogCounters(old, tally);
        String previous = p.summary().previousVersionId();
        if (previous != null && !previous.isBlank()) {
            supersede(previous, id);
        }
        followThrough.rejudgeWatchers(touchedSeries(old, series));
        catalog.invalidate();
        reports.markComplete(id, tally);
        return Outcome.APPLIED;
    }

    /** Hides an older report: flags it and its children, and withdraws its counts and its figures' verdicts. */
    private void supersede(String oldId, String newId) {
        reports.recordSupersession(oldId, newId);
        Document old = reports.find(oldId);
        if (old == null) {
            return;
        }
        reports.markSuperseded(oldId, newId);
        metrics.updateAll(old.getList("metricIds", String.class), new Document("$set", new Document("superseded", true)));
        commitments.updateAll(old.getList("commitmentIds", String.class),
                new Document("$set", new Document("superseded", true)));
        replaceCatalogCounters(old, new Document());
        reports.recordCatalogApplied(oldId, new Document());
        followThrough.rejudgeWatchers(touchedSeries(old, Map.of()));
    }

    /**
     * The series whose watchers may need re-judging, each with the latest year its change affects: the
     * latest year of the report's actual figures there, or every year when earlier figures were withdrawn
     * (the stored report's series).
     */
    private static Map<String, Integer> touchedSeries(Document old, Map<String, List<MetricRecord>> now) {
        Map<String, Integer> touched = new LinkedHashMap<>();
        now.forEach((key, items) -> items.stream()
                .filter(m -> "actual".equals(m.kind()) && m.year() != null)
                .mapToInt(MetricRecord::year).max()
                .ifPresent(year -> touched.put(key, year)));
        if (old != null) {
            old.getList("seriesKeys", String.class, List.of()).forEach(key -> touched.put(key, Integer.MAX_VALUE));
        }
        return touched;
    }

    /**
     * Moves the catalog counters from what the stored report last applied to {@code now}. Counters
     * are increments, not replacements: a crash between this and marking the report complete would
     * count its contribution twice on replay (a window of one write).
     */
    private void replaceCatalogCounters(Document old, Document now) {
        Document applied = old == null ? null : old.get("catalogApplied", Document.class);
        catalogCounters.replace(applied == null ? new Document() : applied, now);
    }

    private static void deleteStale(ChildStore store, List<String> oldIds, List<String> newIds) {
        Set<String> stale = new LinkedHashSet<>(oldIds == null ? List.of() : oldIds);
        newIds.forEach(stale::remove);
        store.deleteAll(stale);
    }

    /**
     * A metric with its place among its report's metrics ({@code seq}), so a query can keep the report's
     * order, and the series it belongs to ({@code seriesKey}: indicator and region code), if any.
     */
    private Document metricDoc(MetricRecord m, int seq, long versionKey, boolean superseded) {
        String indicatorKey = TrackKeys.indicatorKey(m.indicatorId(), m.indicator());
        return DocumentMapper.toDocument(m)
                .append("_id", TrackKeys.child(m.reportId(), m.id()))
                .append("seq", seq)
                .append(ChildStore.TERMS, List.copyOf(Bigrams.of(m.indicator())))
                .append("seriesKey", indicatorKey == null || m.regionCode() == null ? null
                        : TrackKeys.series(indicatorKey, m.regionCode()))
                .append("ev", versionKey)
                .append("superseded", superseded);
    }

    /**
     * A commitment, judged against the stored figures of the series it watches ({@code watched}: series
     * key → points), with what its follow-through watches ({@code track.seriesKey}) when it is tracked.
     */
    private Document commitmentDoc(CommitmentRecord c, ReportProjection p, boolean superseded,
                                   Map<String, List<SeriesPoint>> watched) {
        String docId = TrackKeys.child(c.reportId(), c.id());
        Tracking tracking = superseded ? null : p.commitmentTracks().get(docId);
        CommitmentRecord judged = tracking == null ? c
                : followThrough.judge(c, tracking, watched.getOrDefault(tracking.seriesKey(), List.of()));
        Document doc = DocumentMapper.toDocument(judged)
                .append("_id", docId)
                .append(ChildStore.TERMS, List.copyOf(Bigrams.of(c.text())))
                .append("ev", p.versionKey())
                .append("superseded", superseded);
        if (tracking != null) {
            doc.append("track", DocumentMapper.toDocument(tracking));
        }
        return doc;
    }

    private static Document reportDoc(ReportProjection p, String supersededBy, List<Document> metricDocs,
                                      List<Document> commitmentDocs, Collection<String> seriesKeys) {
        return DocumentMapper.toDocument(p.summary())
                .append("_id", p.reportId())
                .append("supersededBy", supersededBy)
                .append("superseded", supersededBy != null)
                .append("provinceCode", p.provinceCode())
                .append("sections", p.sections().stream().map(DocumentMapper::toDocument).toList())
                .append("ev", p.versionKey())
                .append("complete", false)
                .append("metricIds", ids(metricDocs))
                .append("commitmentIds", ids(commitmentDocs))
                .append("seriesKeys", List.copyOf(seriesKeys));
    }

    private static List<String> ids(Collection<Document> docs) {
        return docs.stream().map(d -> d.getString("_id")).toList();
    }
}
