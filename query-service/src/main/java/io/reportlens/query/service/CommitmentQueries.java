package io.reportlens.query.service;

import io.reportlens.query.model.CommitmentRecord;
import io.reportlens.query.model.Page;
import io.reportlens.query.store.CommitmentStore;
import io.reportlens.query.store.DocumentMapper;
import io.reportlens.query.store.RegionBuckets;
import io.reportlens.query.store.RegionTreeStore;
import io.reportlens.query.store.ReportStore;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Answers {@code /commitments}: a report's own when {@code reportId} is given; from the region buckets
 * (code and year) when a region code is given (current reports only); else by a query on
 * query_commitments (indexed on a real MongoDB, a scan on the embedded store).
 */
@ApplicationScoped
public class CommitmentQueries {

    public static final Set<String> SORT_FIELDS = Set.of("due", "year");
    public static final Set<String> STRENGTHS = Set.of("firm", "aspirational", "normal");

    private final CommitmentStore commitments;
    private final SearchService search;
    private final RegionBuckets buckets;
    private final RegionTreeStore regionTree;
    private final ReportStore reports;

    public CommitmentQueries(CommitmentStore commitments, SearchService search, RegionBuckets buckets,
                             RegionTreeStore regionTree, ReportStore reports) {
        this.reports = reports;
        this.commitments = commitments;
        this.search = search;
        this.buckets = buckets;
        this.regionTree = regionTree;
    }

    public Page<CommitmentRecord> list(CommitmentCriteria criteria, Sorting sorting, Paging paging) {
        if (fromBuckets(criteria)) {
            return paging.of(bucketMatches(criteria, sorting), CommitmentQueries::record);
        }
        Bson filter = filter(criteria);
        List<CommitmentRecord> items = commitments.find(filter, sorting.bson()).skip(paging.skip()).limit(paging.size())
                .map(CommitmentQueries::record).into(new ArrayList<>());
        return new Page<>(items, commitments.count(filter), paging.page(), paging.size());
    }

    public Iterable<CommitmentRecord> all(CommitmentCriteria criteria, Sorting sorting) {
        if (fromBuckets(criteria)) {
            return bucketMatches(criteria, sorting).stream().map(CommitmentQueries::record).toList();
        }
        return commitments.find(filter(criteria), sorting.bson()).map(CommitmentQueries::record);
    }

    private static boolean fromBuckets(CommitmentCriteria criteria) {
        return criteria.reportId() != null || (criteria.regionCode() != null && !criteria.includeSuperseded());
    }

    private List<Document> bucketMatches(CommitmentCriteria criteria, Sorting sorting) {
        Set<String> matchingQ = criteria.q() == null ? null : new HashSet<>(search.storeIdsOf("commitment", criteria.q()));
        List<Document> candidates;
        if (criteria.reportId() != null) {
            Document report = reports.find(criteria.reportId());
            candidates = report == null ? List.of()
                    : commitments.findAll(report.getList("commitmentIds", String.class));
        } else {
            candidates = buckets.commitments().items(regionTree.bucketsUnder(criteria.regionCode(),
                    RegionTreeStore.COMMITMENT_BUCKETS, criteria.year()));
        }
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
