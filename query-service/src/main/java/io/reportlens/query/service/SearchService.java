package io.reportlens.query.service;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import io.reportlens.query.model.SearchHit;
import io.reportlens.query.store.CommitmentStore;
import io.reportlens.query.store.MetricStore;
import io.reportlens.query.store.QueryCollections;
import io.reportlens.query.store.ReportStore;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Full-text search over report texts, metric indicators and commitments. Each stored text, metric and
 * commitment carries its search terms, the character bigrams of what is searched ({@code terms}, written
 * with the document, under a multikey index). A query of two or more letters finds the documents
 * holding all its bigrams, and each candidate is confirmed by a literal substring match (bigrams can
 * match where the phrase does not). A one-letter query has no bigram and falls back to a literal scan.
 * Superseded reports are searched too (their hits say so in the report view).
 */
@ApplicationScoped
public class SearchService {

    public static final int MAX_QUERY_LENGTH = 100;

    private final ReportStore reports;
    private final MetricStore metrics;
    private final CommitmentStore commitments;
    private final QueryCollections collections;

    public SearchService(ReportStore reports, MetricStore metrics, CommitmentStore commitments,
                         QueryCollections collections) {
        this.reports = reports;
        this.commitments = commitments;
        this.metrics = metrics;
        this.collections = collections;
    }

    /** Every hit, reports first, then metrics, then commitments; within a type, most matches first. */
    public List<SearchHit> search(String q) {
        String query = validated(q);
        List<SearchHit> hits = confirmed(candidates(query), query);
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

    /**
     * The refs whose search terms include every bigram of the query: one find (an equality per term)
     * on each of the three collections, served by their multikey {@code terms} indexes.
     */
    private Set<String> candidates(String query) {
        Set<String> bigrams = Bigrams.of(query);
        if (bigrams.isEmpty()) {
            return scan(query);
        }
        Set<String> refs = new LinkedHashSet<>();
        reports.idsWithTerms(bigrams).forEach(id -> refs.add("r:" + id));
        metrics.idsWithTerms(bigrams).forEach(id -> refs.add("m:" + id));
        commitments.idsWithTerms(bigrams).forEach(id -> refs.add("c:" + id));
        return refs;
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

    /**
     * The candidates that really hold the query, each confirmed on its document: the documents of each
     * kind read together (one read per collection, not one per candidate).
     */
    private List<SearchHit> confirmed(Set<String> refs, String query) {
        Map<Character, List<String>> idsByKind = new HashMap<>();
        refs.forEach(ref -> idsByKind.computeIfAbsent(ref.charAt(0), k -> new ArrayList<>()).add(ref.substring(2)));
        List<String> reportIds = idsByKind.getOrDefault('r', List.of());
        Map<Object, Document> reportDocs = byId(reportIds.isEmpty() ? List.of() : reports.findAll(reportIds));
        Map<String, String> texts = reports.texts(reportIds);
        Map<Object, Document> metricDocs = byId(metrics.findAll(idsByKind.getOrDefault('m', List.of())));
        Map<Object, Document> commitmentDocs = byId(commitments.findAll(idsByKind.getOrDefault('c', List.of())));
        List<SearchHit> hits = new ArrayList<>();
        for (String ref : refs) {
            String id = ref.substring(2);
            SearchHit hit = switch (ref.charAt(0)) {
                case 'r' -> reportHit(id, reportDocs.get(id), texts.get(id), query);
                case 'm' -> childHit("metric", metricDocs.get(id), "indicator", query);
                case 'c' -> childHit("commitment", commitmentDocs.get(id), "text", query);
                default -> null;
            };
            if (hit != null) {
                hits.add(hit);
            }
        }
        return hits;
    }

    private static Map<Object, Document> byId(List<Document> documents) {
        Map<Object, Document> byId = new HashMap<>();
        documents.forEach(d -> byId.put(d.get("_id"), d));
        return byId;
    }

    private static SearchHit reportHit(String id, Document report, String text, String query) {
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
