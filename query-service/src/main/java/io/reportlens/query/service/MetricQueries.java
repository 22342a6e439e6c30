package io.reportlens.query.service;

import io.reportlens.query.model.MetricRecord;
import io.reportlens.query.model.Page;
import io.reportlens.query.store.DocumentMapper;
import io.reportlens.query.store.MetricStore;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Answers {@code /metrics}. */
@ApplicationScoped
public class MetricQueries {

    public static final Set<String> SORT_FIELDS = Set.of("value", "year");
    public static final Set<String> KINDS = Set.of("actual", "target", "change", "rank");

    private final MetricStore metrics;

    public MetricQueries(MetricStore metrics) {
        this.metrics = metrics;
    }

    public Page<MetricRecord> list(MetricCriteria criteria, Sorting sorting, Paging paging) {
        Bson filter = criteria.bson();
        List<MetricRecord> items = metrics.find(filter, sorting.bson()).skip(paging.skip()).limit(paging.size())
                .map(d -> DocumentMapper.fromDocument(d, MetricRecord.class)).into(new ArrayList<>());
        return new Page<>(items, metrics.count(filter), paging.page(), paging.size());
    }

    public Iterable<MetricRecord> all(MetricCriteria criteria, Sorting sorting) {
        return metrics.find(criteria.bson(), sorting.bson()).map(d -> DocumentMapper.fromDocument(d, MetricRecord.class));
    }
}
