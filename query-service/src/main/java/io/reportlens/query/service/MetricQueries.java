package io.reportlens.query.service;

import io.reportlens.query.model.MetricRecord;
import io.reportlens.query.model.Page;
import io.reportlens.query.store.DocumentMapper;
import io.reportlens.query.store.MetricStore;
import io.reportlens.query.store.RegionBuckets;
import io.reportlens.query.store.RegionTreeStore;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Answers {@code /metrics}. A region-filtered list of current reports is read from the region
 * buckets (keyed reads, filtered and sorted in memory); any other list is a query on query_metrics
 * (indexed on a real MongoDB).
 */
@ApplicationScoped
public class MetricQueries {

    public static final Set<String> SORT_FIELDS = Set.of("value", "year");
    public static final Set<String> KINDS = Set.of("actual", "target", "change", "rank");

    private final MetricStore metrics;
    private final RegionBuckets buckets;
    private final RegionTreeStore regionTree;

    public MetricQueries(MetricStore metrics, RegionBuckets buckets, RegionTreeStore regionTree) {
        this.metrics = metrics;
        this.buckets = buckets;
        this.regionTree = regionTree;
    }

    public Page<MetricRecord> list(MetricCriteria criteria, Sorting sorting, Paging paging) {
        if (fromBuckets(criteria)) {
            return paging.of(bucketMatches(criteria, sorting), MetricQueries::record);
        }
        Bson filter = criteria.bson();
        List<MetricRecord> items = metrics.find(filter, sorting.bson()).skip(paging.skip()).limit(paging.size())
                .map(MetricQueries::record).into(new ArrayList<>());
        return new Page<>(items, metrics.count(filter), paging.page(), paging.size());
    }

    public Iterable<MetricRecord> all(MetricCriteria criteria, Sorting sorting) {
        if (fromBuckets(criteria)) {
            return bucketMatches(criteria, sorting).stream().map(MetricQueries::record).toList();
        }
        return metrics.find(criteria.bson(), sorting.bson()).map(MetricQueries::record);
    }

    private static boolean fromBuckets(MetricCriteria criteria) {
        return criteria.regionCode() != null && !criteria.includeSuperseded();
    }

    private List<Document> bucketMatches(MetricCriteria criteria, Sorting sorting) {
        List<Document> matches = new ArrayList<>();
        for (Document d : buckets.metrics().items(regionTree.codesUnder(criteria.regionCode()))) {
            if (criteria.matches(d)) {
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
