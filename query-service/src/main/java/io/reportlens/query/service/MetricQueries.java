package io.reportlens.query.service;

import io.reportlens.query.model.MetricRecord;
import io.reportlens.query.model.Page;
import io.reportlens.query.store.DocumentMapper;
import io.reportlens.query.store.MetricStore;
import io.reportlens.query.store.ReportStore;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Answers {@code /metrics}: a report's own metrics through the id list its report holds (so a
 * re-extraction in progress never shows two versions), every other list by a find on query_metrics
 * with the filters and the sort, served by its indexes ({@link io.reportlens.query.store.IndexSetup}).
 */
@ApplicationScoped
public class MetricQueries {

    public static final Set<String> SORT_FIELDS = Set.of("value", "year");
    public static final Set<String> KINDS = Set.of("actual", "target", "change", "rank");

    private final MetricStore metrics;
    private final ReportStore reports;

    public MetricQueries(MetricStore metrics, ReportStore reports) {
        this.metrics = metrics;
        this.reports = reports;
    }

    public Page<MetricRecord> list(MetricCriteria criteria, Sorting sorting, Paging paging) {
        if (criteria.reportId() != null) {
            return paging.of(reportMatches(criteria, sorting), MetricQueries::record);
        }
        Bson filter = criteria.bson();
        List<MetricRecord> items = metrics.find(filter, sorting.bson()).skip(paging.skip()).limit(paging.size())
                .map(MetricQueries::record).into(new ArrayList<>());
        return new Page<>(items, metrics.count(filter), paging.page(), paging.size());
    }

    public Iterable<MetricRecord> all(MetricCriteria criteria, Sorting sorting) {
        if (criteria.reportId() != null) {
            return reportMatches(criteria, sorting).stream().map(MetricQueries::record).toList();
        }
        return metrics.find(criteria.bson(), sorting.bson()).map(MetricQueries::record);
    }

    /** The report's current metrics that match the other filters, sorted. */
    private List<Document> reportMatches(MetricCriteria c, Sorting sorting) {
        Document report = reports.find(c.reportId());
        List<Document> candidates = report == null ? List.of() : metrics.findAll(report.getList("metricIds", String.class));
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
