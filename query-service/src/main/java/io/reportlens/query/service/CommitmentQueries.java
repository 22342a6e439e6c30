package io.reportlens.query.service;

import io.reportlens.query.model.CommitmentRecord;
import io.reportlens.query.model.Page;
import io.reportlens.query.store.CommitmentStore;
import io.reportlens.query.store.DocumentMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Answers {@code /commitments}. */
@ApplicationScoped
public class CommitmentQueries {

    public static final Set<String> SORT_FIELDS = Set.of("due", "year");
    public static final Set<String> STRENGTHS = Set.of("firm", "aspirational", "normal");

    private final CommitmentStore commitments;
    private final SearchService search;

    public CommitmentQueries(CommitmentStore commitments, SearchService search) {
        this.commitments = commitments;
        this.search = search;
    }

    public Page<CommitmentRecord> list(CommitmentCriteria criteria, Sorting sorting, Paging paging) {
        Bson filter = filter(criteria);
        List<CommitmentRecord> items = commitments.find(filter, sorting.bson()).skip(paging.skip()).limit(paging.size())
                .map(d -> DocumentMapper.fromDocument(d, CommitmentRecord.class)).into(new ArrayList<>());
        return new Page<>(items, commitments.count(filter), paging.page(), paging.size());
    }

    public Iterable<CommitmentRecord> all(CommitmentCriteria criteria, Sorting sorting) {
        return commitments.find(filter(criteria), sorting.bson())
                .map(d -> DocumentMapper.fromDocument(d, CommitmentRecord.class));
    }

    private Bson filter(CommitmentCriteria criteria) {
        return criteria.bson(criteria.q() == null ? null : search.storeIdsOf("commitment", criteria.q()));
    }
}
