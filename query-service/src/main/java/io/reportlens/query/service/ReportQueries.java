package io.reportlens.query.service;

import io.reportlens.query.model.CommitmentRecord;
import io.reportlens.query.model.MetricRecord;
import io.reportlens.query.model.Page;
import io.reportlens.query.model.ReportDetail;
import io.reportlens.query.model.ReportSummary;
import io.reportlens.query.model.SectionInfo;
import io.reportlens.query.store.CommitmentStore;
import io.reportlens.query.store.DocumentMapper;
import io.reportlens.query.store.MetricStore;
import io.reportlens.query.store.ReportStore;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.List;
import java.util.Set;

/** Answers {@code /reports}: lists and single reports with everything extracted from them. */
@ApplicationScoped
public class ReportQueries {

    public static final Set<String> SORT_FIELDS = Set.of("publishedDate", "periodYear", "title", "region", "extractedAt");

    private final ReportStore reports;
    private final MetricStore metrics;
    private final CommitmentStore commitments;
    private final SearchService search;

    public ReportQueries(ReportStore reports, MetricStore metrics, CommitmentStore commitments, SearchService search) {
        this.reports = reports;
        this.metrics = metrics;
        this.commitments = commitments;
        this.search = search;
    }

    public Page<ReportSummary> list(ReportCriteria criteria, Sorting sorting, Paging paging) {
        Bson filter = filter(criteria);
        List<ReportSummary> items = reports.find(filter, sorting.bson()).skip(paging.skip()).limit(paging.size())
                .map(ReportQueries::summary).into(new java.util.ArrayList<>());
        return new Page<>(items, reports.count(filter), paging.page(), paging.size());
    }

    public Iterable<ReportSummary> all(ReportCriteria criteria, Sorting sorting) {
        return reports.find(filter(criteria), sorting.bson()).map(ReportQueries::summary);
    }

    /** The report with its current children (read through its own id lists), or null. */
    public ReportDetail get(String id, boolean includeText) {
        Document doc = reports.find(id);
        if (doc == null) {
            return null;
        }
        List<SectionInfo> sections = doc.getList("sections", Document.class, List.of()).stream()
                .map(d -> DocumentMapper.fromDocument(d, SectionInfo.class)).toList();
        List<MetricRecord> metricList = metrics.findAll(doc.getList("metricIds", String.class, List.of())).stream()
                .map(d -> DocumentMapper.fromDocument(d, MetricRecord.class)).toList();
        List<CommitmentRecord> commitmentList = commitments.findAll(doc.getList("commitmentIds", String.class, List.of()))
                .stream().map(d -> DocumentMapper.fromDocument(d, CommitmentRecord.class)).toList();
        return new ReportDetail(summary(doc), sections, metricList, commitmentList,
                includeText ? reports.text(id) : null);
    }

    private Bson filter(ReportCriteria criteria) {
        List<String> matching = criteria.q() == null ? null : search.storeIdsOf("report", criteria.q());
        return criteria.bson(matching);
    }

    private static ReportSummary summary(Document doc) {
        return DocumentMapper.fromDocument(doc, ReportSummary.class);
    }
}
