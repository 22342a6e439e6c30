package io.reportlens.query.service;

import io.reportlens.query.model.CommitmentRecord;
import io.reportlens.query.model.Page;
import io.reportlens.query.store.CommitmentStore;
import io.reportlens.query.store.DocumentMapper;
import io.reportlens.query.store.ReportStore;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Answers {@code /commitments}: a report's own through the id list its report holds (so a
 * re-extraction in progress never shows two versions), every other list by a find on
 * query_commitments with the filters and the sort, served by its indexes.
 */
@ApplicationScoped
public class CommitmentQueries {

    public static final Set<String> SORT_FIELDS = Set.of("due", "year");
    public static final Set<String> STRENGTHS = Set.of("firm", "aspirational", "normal");

    private final CommitmentStore commitments;
    private final SearchService search;
    private final ReportStore reports;

    public CommitmentQueries(CommitmentStore commitments, SearchService search, ReportStore reports) {
        this.commitments = commitments;
        this.search = search;
        this.reports = reports;
    }

    public Page<CommitmentRecord> list(CommitmentCriteria criteria, Sorting sorting, Paging paging) {
        if (criteria.reportId() != null) {
            return paging.of(reportMatches(criteria, sorting), CommitmentQueries::record);
        }
        Bson filter = filter(criteria);
        List<CommitmentRecord> items = commitments.find(filter, sorting.bson()).skip(paging.skip()).limit(paging.size())
                .map(CommitmentQueries::record).into(new ArrayList<>());
        return new Page<>(items, commitments.count(filter), paging.page(), paging.size());
    }

    public Iterable<CommitmentRecord> all(CommitmentCriteria criteria, Sorting sorting) {
        if (criteria.reportId() != null) {
            return reportMatches(criteria, sorting).stream().map(CommitmentQueries::record).toList();
        }
        return commitments.find(filter(criteria), sorting.bson()).map(CommitmentQueries::record);
    }

    /** The report's current commitments that match the other filters, sorted. */
    private List<Document> reportMatches(CommitmentCriteria criteria, Sorting sorting) {
        Set<String> matchingQ = criteria.q() == null ? null : new HashSet<>(search.storeIdsOf("commitment", criteria.q()));
        Document report = reports.find(criteria.reportId());
        List<Document> candidates = report == null ? List.of()
                : commitments.findAll(report.getList("commitmentIds", String.class));
        List<Document> matches = new ArrayList<>();
        for (Document d : candidates) {
            if (criteria.matches(d, matchingQ)) {
                matches.add(d);
            }
        }
        matches.sort(sorting.comparator());
        return matches;
    }

    private Bson filter(CommitmentCriteria criteria) {
        return criteria.bson(criteria.q() == null ? null : search.storeIdsOf("commitment", criteria.q()));
    }

    private static CommitmentRecord record(Document d) {
        return DocumentMapper.fromDocument(d, CommitmentRecord.class);
    }
}
