package io.reportlens.query.service;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import io.reportlens.query.model.SearchHit;
import io.reportlens.query.store.CommitmentStore;
import io.reportlens.query.store.MetricStore;
import io.reportlens.query.store.QueryCollections;
import io.reportlens.query.store.ReportStore;
import io.reportlens.query.store.TermStore;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Full-text search over report texts, metric indicators and commitments. A query of two or more
 * letters is looked up in the bigram index (query_terms, built by {@link SearchIndexer} about a
 * second after a report is written): the refs holding all its bigrams are the candidates, and each
 * is confirmed by a literal substring match against what is stored now (so stale refs drop out). A one-letter query has no bigram
 * and falls back to a literal scan. Superseded reports are searched too (their hits say so in the
 * report view).
 */
@ApplicationScoped
public class SearchService {

    public static final int MAX_QUERY_LENGTH = 100;

    private final TermStore terms;
    private final ReportStore reports;
    private final MetricStore metrics;
    private final CommitmentStore commitments;
    private final QueryCollections collections;

    public SearchService(TermStore terms, ReportStore reports, MetricStore metrics, CommitmentStore commitments,
                         QueryCollections collections) {
        this.terms = terms;
        this.reports = reports;
        this.commitments = commitments;
        this.metrics = metrics;
        this.collections = collections;
    }

    /** Every hit, reports first, then metrics, then commitments; within a type, most matches first. */
    public List<SearchHit> search(String q) {
        String query = validated(q);
        List<SearchHit> hits = new ArrayList<>();
        for (String ref : candidates(query)) {
            SearchHit hit = confirm(ref, query);
            if (hit != null) {
                hits.add(hit);
            }
        }
        hits.sort(Comparator.comparing((SearchHit h) -> typeOrder(h.type()))
                .thenComparing(SearchHit::matches, Comparator.reverseOrder())
                .thenComparing(SearchHit::id));
        return hits;
    }

    /** The store ids of the hits of one type (report, metric, commitment), for the lists' {@code q} filter. */
    public List<String> storeIdsOf(String type, String q) {
        return search(q).stream().filter(h -> h.type().equals(type))
                .map(h -> type.equals("report") ? h.reportId() : TrackKeys.child(h.reportId(), h.id())).toList();
    }

    static String validated(String q) {
        String query = q == null ? "" : q.strip();
        if (query.isEmpty()) {
            throw new BadParameterException("q", "q must not be empty");
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new BadParameterException("q", "q is longer than " + MAX_QUERY_LENGTH + " characters");
        }
        return query;
    }

    /** The refs holding every bigram of the query, intersected block by block (a report's refs share one block). */
    private Set<String> candidates(String query) {
        Set<String> bigrams = Bigrams.of(query);
        if (bigrams.isEmpty()) {
            return scan(query);
        }
        Set<Integer> blocks = null;
        for (String term : bigrams) {
            List<Integer> termBlocks = terms.blocks(term);
            if (blocks == null) {
                blocks = new TreeSet<>(termBlocks);
            } else {
                blocks.retainAll(termBlocks);
            }
            if (blocks.isEmpty()) {
                return Set.of();
            }
        }
        Set<String> result = new LinkedHashSet<>();
        for (int block : blocks) {
            Set<String> inBlock = null;
            for (String term : bigrams) {
                List<String> refs = terms.refs(term, block);
                if (inBlock == null) {
                    inBlock = new LinkedHashSet<>(refs);
                } else {
                    inBlock.retainAll(new HashSet<>(refs));
                }
                if (inBlock.isEmpty()) {
                    break;
                }
            }
            result.addAll(inBlock);
        }
        return result;
    }

    /** The one-letter fallback: a literal, escaped, case-insensitive scan of the three sources. */
    private Set<String> scan(String query) {
        Set<String> refs = new LinkedHashSet<>();
        String pattern = Conditions.literal(query);
        Bson text = Filters.regex("text", pattern, "i");
        for (Document d : collections.get(QueryCollections.TEXTS).find(text).projection(Projections.include("_id"))) {
            refs.add("r:" + d.getString("_id"));
        }
        for (Document d : collections.get(QueryCollections.REPORTS).find(Filters.regex("title", pattern, "i"))
                .projection(Projections.include("_id"))) {
            refs.add("r:" + d.getString("_id"));
        }
        for (Document d : collections.get(QueryCollections.METRICS).find(Filters.regex("indicator", pattern, "i"))
                .projection(Projections.include("_id"))) {
            refs.add("m:" + d.getString("_id"));
        }
        for (Document d : collections.get(QueryCollections.COMMITMENTS).find(text).projection(Projections.include("_id"))) {
            refs.add("c:" + d.getString("_id"));
        }
        return refs;
    }

    private SearchHit confirm(String ref, String query) {
        String id = ref.substring(2);
        return switch (ref.charAt(0)) {
            case 'r' -> reportHit(id, query);
            case 'm' -> childHit("metric", metrics.find(id), "indicator", query);
            case 'c' -> childHit("commitment", commitments.find(id), "text", query);
            default -> null;
        };
    }

    private SearchHit reportHit(String id, String query) {
        Document report = reports.find(id);
        String text = reports.text(id);
        if (report == null || text == null) {
            return null;
        }
        String title = report.getString("title") == null ? "" : report.getString("title");
        int matches = Snippets.count(text, query) + Snippets.count(title, query);
        if (matches == 0) {
            return null;
        }
        String source = Snippets.count(text, query) > 0 ? text : title;
        return new SearchHit("report", id, id, title, Snippets.around(source, query), matches);
    }

    private static SearchHit childHit(String type, Document doc, String field, String query) {
        if (doc == null || doc.getString(field) == null) {
            return null;
        }
        String text = doc.getString(field);
        int matches = Snippets.count(text, query);
        if (matches == 0) {
            return null;
        }
        String source = type.equals("metric") && doc.getString("text") != null ? doc.getString("text") : text;
        return new SearchHit(type, doc.getString("id"), doc.getString("reportId"), text,
                Snippets.around(source, query), matches);
    }

    private static int typeOrder(String type) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "report" -> 0;
            case "metric" -> 1;
            default -> 2;
        };
    }
}
