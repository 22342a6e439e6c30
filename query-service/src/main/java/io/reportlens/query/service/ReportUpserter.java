package io.reportlens.query.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.reportlens.query.model.CommitmentRecord;
import io.reportlens.query.model.ExtractedReport;
import io.reportlens.query.model.MetricRecord;
import io.reportlens.query.model.Tracking;
import io.reportlens.query.store.ChildStore;
import io.reportlens.query.store.CommitmentStore;
import io.reportlens.query.store.CompareStore;
import io.reportlens.query.store.DocumentMapper;
import io.reportlens.query.store.MetricStore;
import io.reportlens.query.store.RegionBuckets;
import io.reportlens.query.store.RegionTreeStore;
import io.reportlens.query.store.ReportStore;
import io.reportlens.query.store.SeriesStore;
import io.reportlens.query.store.TermStore;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.eclipse.microprofile.faulttolerance.Retry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stores one extraction result, idempotently and ordered by extractor version, without
 * multi-document transactions. The write order keeps every intermediate state safe:
 * <ol>
 *   <li>read the stored report: a newer version wins (the event is ignored); the same version,
 *       completely written, is a duplicate (ignored);</li>
 *   <li>write the children (metrics, commitments, text) under their stable ids, tagged with the
 *       version ({@code ev});</li>
 *   <li>write the report document with the version guard ({@code ev <= new}); this makes the new
 *       children visible: a report's children are read through the id lists it holds;</li>
 *   <li>delete the old version's children that the new one does not have;</li>
 *   <li>update the derived keyed documents (series, comparisons, search terms, follow-through),
 *       each step an idempotent replacement of this report's contribution;</li>
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
    private final SeriesStore series;
    private final CompareStore compare;
    private final TermStore terms;
    private final FollowThroughUpdater followThrough;
    private final IndicatorCatalog catalog;
    private final RegionBuckets buckets;
    private final RegionTreeStore regionTree;
    private final MeterRegistry registry;

    public ReportUpserter(ReportStore reports, MetricStore metrics, CommitmentStore commitments, SeriesStore series,
                          CompareStore compare, TermStore terms, FollowThroughUpdater followThrough,
                          IndicatorCatalog catalog, RegionBuckets buckets, RegionTreeStore regionTree,
                          MeterRegistry registry) {
        this.reports = reports;
        this.metrics = metrics;
        this.commitments = commitments;
        this.series = series;
        this.compare = compare;
        this.terms = terms;
        this.followThrough = followThrough;
        this.catalog = catalog;
        this.buckets = buckets;
        this.regionTree = regionTree;
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
        Map<String, Set<String>> oldTerms = old == null ? Map.of() : oldTerms(old);

        List<Document> metricDocs = p.metrics().stream().map(m -> metricDoc(m, p.versionKey(), superseded)).toList();
        List<Document> commitmentDocs = p.commitments().stream()
                .map(c -> commitmentDoc(c, p, superseded)).toList();
        metrics.upsertAll(metricDocs);
        commitments.upsertAll(commitmentDocs);
        reports.writeText(id, p.text(), p.versionKey());

        Map<String, List<Document>> seriesPoints = superseded ? Map.of() : documents(p.seriesPoints());
        Map<String, List<Document>> compareEntries = superseded ? Map.of() : documents(p.compareEntries());
        Map<String, Tracking> tracks = superseded ? Map.of() : p.commitmentTracks();
        Document report = reportDoc(p, supersededBy, ids(metricDocs), ids(commitmentDocs), seriesPoints.keySet(),
                compareEntries.keySet(), tracks);
        if (!reports.writeIfNotOlder(report, p.versionKey())) {
            return Outcome.OLDER_IGNORED;
        }

        if (old != null) {
            deleteStale(metrics, old.getList("metricIds", String.class), ids(metricDocs));
            deleteStale(commitments, old.getList("commitmentIds", String.class), ids(commitmentDocs));
        }
        fillRegionBuckets(old, p.summary().regionCode(), id, superseded ? List.of() : metricDocs,
                superseded ? List.of() : commitmentDocs);
        Set<String> touchedSeries = replaceContributions(old, id, seriesPoints, compareEntries);
        rewatch(old, tracks);
        terms.remove(stale(oldTerms, p.terms()));
        terms.add(p.terms());
        if (p.provinceName() != null && p.provinceCode() != null) {
            reports.recordProvince(p.provinceName(), p.provinceCode());
        }
        String previous = p.summary().previousVersionId();
        if (previous != null && !previous.isBlank()) {
            supersede(previous, id);
        }
        followThrough.rejudgeWatchers(touchedSeries);
        catalog.invalidate();
        reports.markComplete(id, p.versionKey());
        return Outcome.APPLIED;
    }

    /** Hides an older report: flags it and its children, and withdraws its figures from the keyed documents. */
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
        fillRegionBuckets(old, null, oldId, List.of(), List.of());
        Set<String> touched = replaceContributions(old, oldId, Map.of(), Map.of());
        rewatch(old, Map.of());
        followThrough.rejudgeWatchers(touched);
    }

    private Set<String> replaceContributions(Document old, String reportId, Map<String, List<Document>> seriesPoints,
                                             Map<String, List<Document>> compareEntries) {
        Set<String> seriesKeys = new LinkedHashSet<>(seriesPoints.keySet());
        Set<String> compareKeys = new LinkedHashSet<>(compareEntries.keySet());
        if (old != null) {
            seriesKeys.addAll(old.getList("seriesKeys", String.class, List.of()));
            compareKeys.addAll(old.getList("compareKeys", String.class, List.of()));
        }
        seriesKeys.forEach(key -> series.replaceContribution(key, reportId, seriesPoints.getOrDefault(key, List.of())));
        compareKeys.forEach(key -> compare.replaceContribution(key, reportId, compareEntries.getOrDefault(key, List.of())));
        return seriesKeys;
    }

    /** Puts the report's own-region metrics and its commitments in its region's buckets (and out of a former region's). */
    private void fillRegionBuckets(Document old, String regionCode, String reportId, List<Document> metricDocs,
                                   List<Document> commitmentDocs) {
        String oldCode = old == null ? null : old.getString("regionCode");
        if (oldCode != null && !oldCode.equals(regionCode)) {
            buckets.metrics().replaceContribution(oldCode, reportId, List.of());
            buckets.commitments().replaceContribution(oldCode, reportId, List.of());
        }
        if (regionCode != null) {
            buckets.metrics().replaceContribution(regionCode, reportId,
                    metricDocs.stream().filter(d -> regionCode.equals(d.getString("regionCode"))).toList());
            buckets.commitments().replaceContribution(regionCode, reportId, commitmentDocs);
            regionTree.register(regionCode);
        }
    }

    private void rewatch(Document old, Map<String, Tracking> tracks) {
        if (old != null) {
            for (Document t : old.getList("tracks", Document.class, List.of())) {
                String commitmentId = t.getString("commitmentId");
                String key = t.getString("seriesKey");
                Tracking now = tracks.get(commitmentId);
                if (now == null || !now.seriesKey().equals(key)) {
                    series.unwatch(key, commitmentId);
                }
            }
        }
        tracks.forEach((commitmentId, tracking) -> series.watch(tracking.seriesKey(), commitmentId));
    }

    private Map<String, Set<String>> oldTerms(Document old) {
        List<MetricRecord> oldMetrics = metrics.findAll(old.getList("metricIds", String.class)).stream()
                .map(d -> DocumentMapper.fromDocument(d, MetricRecord.class)).toList();
        List<CommitmentRecord> oldCommitments = commitments.findAll(old.getList("commitmentIds", String.class)).stream()
                .map(d -> DocumentMapper.fromDocument(d, CommitmentRecord.class)).toList();
        return ReportProjector.terms(old.getString("_id"), old.getString("title"), reports.text(old.getString("_id")),
                oldMetrics, oldCommitments);
    }

    private static Map<String, Set<String>> stale(Map<String, Set<String>> old, Map<String, Set<String>> now) {
        Map<String, Set<String>> stale = new HashMap<>();
        old.forEach((term, refs) -> {
            Set<String> gone = new HashSet<>(refs);
            gone.removeAll(now.getOrDefault(term, Set.of()));
            if (!gone.isEmpty()) {
                stale.put(term, gone);
            }
        });
        return stale;
    }

    private static void deleteStale(ChildStore store, List<String> oldIds, List<String> newIds) {
        Set<String> stale = new LinkedHashSet<>(oldIds == null ? List.of() : oldIds);
        newIds.forEach(stale::remove);
        store.deleteAll(stale);
    }

    private Document metricDoc(MetricRecord m, long versionKey, boolean superseded) {
        return DocumentMapper.toDocument(m)
                .append("_id", TrackKeys.child(m.reportId(), m.id()))
                .append("ev", versionKey)
                .append("superseded", superseded);
    }

    private Document commitmentDoc(CommitmentRecord c, ReportProjection p, boolean superseded) {
        String docId = TrackKeys.child(c.reportId(), c.id());
        Tracking tracking = superseded ? null : p.commitmentTracks().get(docId);
        CommitmentRecord judged = tracking == null ? c : followThrough.judge(c, tracking);
        Document doc = DocumentMapper.toDocument(judged)
                .append("_id", docId)
                .append("ev", p.versionKey())
                .append("superseded", superseded);
        if (tracking != null) {
            doc.append("track", DocumentMapper.toDocument(tracking));
        }
        return doc;
    }

    private static Document reportDoc(ReportProjection p, String supersededBy, List<String> metricIds,
                                      List<String> commitmentIds, Set<String> seriesKeys, Set<String> compareKeys,
                                      Map<String, Tracking> tracks) {
        List<Document> trackDocs = new ArrayList<>();
        tracks.forEach((commitmentId, t) -> trackDocs.add(
                new Document("commitmentId", commitmentId).append("seriesKey", t.seriesKey())));
        return DocumentMapper.toDocument(p.summary())
                .append("_id", p.reportId())
                .append("supersededBy", supersededBy)
                .append("superseded", supersededBy != null)
                .append("provinceCode", p.provinceCode())
                .append("sections", p.sections().stream().map(DocumentMapper::toDocument).toList())
                .append("ev", p.versionKey())
                .append("complete", false)
                .append("metricIds", metricIds)
                .append("commitmentIds", commitmentIds)
                .append("seriesKeys", List.copyOf(seriesKeys))
                .append("compareKeys", List.copyOf(compareKeys))
                .append("tracks", trackDocs);
    }

    private static <T> Map<String, List<Document>> documents(Map<String, List<T>> byKey) {
        Map<String, List<Document>> docs = new HashMap<>();
        byKey.forEach((key, items) -> docs.put(key, items.stream().map(DocumentMapper::toDocument).toList()));
        return docs;
    }

    private static List<String> ids(List<Document> docs) {
        return docs.stream().map(d -> d.getString("_id")).toList();
    }
}
