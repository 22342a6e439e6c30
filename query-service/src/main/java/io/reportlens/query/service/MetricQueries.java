package io.reportlens.query.service;

import io.reportlens.query.model.MetricRecord;
import io.reportlens.query.model.Page;
import io.reportlens.query.store.DocumentMapper;
import io.reportlens.query.store.MetricStore;
import io.reportlens.query.store.RegionBuckets;
import io.reportlens.query.store.RegionTreeStore;
import io.reportlens.query.store.ReportStore;
import io.reportlens.query.store.SeriesStore;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Answers {@code /metrics}. Lists of current reports are read from documents keyed by the question
 * when the filters name one (keyed reads, filtered and sorted in memory):
 * <ul>
 *   <li>{@code reportId}: that report's metrics;</li>
 *   <li>{@code indicatorId} + {@code regionCode}: the series documents of the codes under it;</li>
 *   <li>{@code regionCode}: the region buckets (code and year) under it.</li>
 * </ul>
 * Any other list is a query on query_metrics (indexed on a real MongoDB, a scan on the embedded store).
 */
@ApplicationScoped
public class MetricQueries {

    public static final Set<String> SORT_FIELDS = Set.of("value", "year");
    public static final Set<String> KINDS = Set.of("actual", "target", "change", "rank");
    /** Above this many region codes, one series document per code costs more than the region buckets. */
    private static final int MAX_SERIES_READS = 64;

    private final MetricStore metrics;
    private final ReportStore reports;
    private final SeriesStore series;
    private final RegionBuckets buckets;
    private final RegionTreeStore regionTree;

    public MetricQueries(MetricStore metrics, ReportStore reports, SeriesStore series, RegionBuckets buckets,
                         RegionTreeStore regionTree) {
        this.metrics = metrics;
        this.reports = reports;
        this.series = series;
        this.buckets = buckets;
        this.regionTree = regionTree;
    }

    public Page<MetricRecord> list(MetricCriteria criteria, Sorting sorting, Paging paging) {
        List<Document> keyed = keyedMatches(criteria, sorting);
        if (keyed != null) {
            return paging.of(keyed, MetricQueries::record);
        }
        Bson filter = criteria.bson();
        List<MetricRecord> items = metrics.find(filter, sorting.bson()).skip(paging.skip()).limit(paging.size())
                .map(MetricQueries::record).into(new ArrayList<>());
        return new Page<>(items, metrics.count(filter), paging.page(), paging.size());
    }

    public Iterable<MetricRecord> all(MetricCriteria criteria, Sorting sorting) {
        List<Document> keyed = keyedMatches(criteria, sorting);
        if (keyed != null) {
            return keyed.stream().map(MetricQueries::record).toList();
        }
        return metrics.find(criteria.bson(), sorting.bson()).map(MetricQueries::record);
    }

    /** The matches from keyed documents, sorted; null when the filters name no keyed document. */
    private List<Document> keyedMatches(MetricCriteria c, Sorting sorting) {
        List<Document> candidates;
        if (c.reportId() != null) {
            Document report = reports.find(c.reportId());
            candidates = report == null ? List.of() : metrics.findAll(report.getList("metricIds", String.class));
        } else if (c.includeSuperseded() || c.regionCode() == null || (c.indicatorId() != null && c.year() != null)) {
            return null;
        } else {
            List<String> codes = regionTree.codesUnder(c.regionCode());
            candidates = c.indicatorId() != null && codes.size() <= MAX_SERIES_READS
                    ? series.items(codes.stream().map(code -> TrackKeys.series(c.indicatorId(), code)).toList())
                    : buckets.metrics().items(regionTree.bucketsUnder(c.regionCode(), RegionTreeStore.METRIC_BUCKETS,
                            c.year()));
        }
        List<Document> matches = new ArrayList<>();
        for (Document d : candidates) {
            if (c.matches(d)) {
                matches.add(d);
            }
        }
        matches.sort(sorting.comparator());
        return matches;
    }

    private static MetricRecord record(Document d) {
        return DocumentMapper.fromDocument(d, MetricRecord.class);
    }
}
