package io.reportlens.query.store;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.HashMap;

/**
 * query_reports: one document per report, the one that makes its children visible. Its {@code ev}
 * field orders extractor versions; a write only lands over an equal or older version.
 */
@ApplicationScoped
public class ReportStore {

    private final MongoCollection<Document> reports;
    private final MongoCollection<Document> texts;
    private final MongoCollection<Document> supersessions;

    public ReportStore(QueryCollections collections) {
        this.reports = collections.get(QueryCollections.REPORTS);
        this.texts = collections.get(QueryCollections.TEXTS);
        this.supersessions = collections.get(QueryCollections.SUPERSESSIONS);
    }

    public Document find(String id) {
        return reports.find(Filters.eq("_id", id)).first();
    }

    public List<Document> findAll(List<String> ids) {
        return reports.find(Filters.in("_id", ids)).into(new ArrayList<>());
    }

    /**
     * Writes the report by {@code _id} alone. The version order is checked by the caller on the
     * document it read first (one writer per report: events are keyed by report id); a guard in the
     * filter ({@code _id} and {@code ev}) would make the embedded store scan the collection, as it
     * serves only a filter on {@code _id} alone from its index.
     */
    public void write(Document report) {
        reports.replaceOne(Filters.eq("_id", report.get("_id")), report, new ReplaceOptions().upsert(true));
    }

    /** Marks the report completely written, with the catalog tally its write applied. */
    public void markComplete(String id, Document catalogApplied) {
        reports.updateOne(Filters.eq("_id", id),
                Updates.combine(Updates.set("complete", true), Updates.set("catalogApplied", catalogApplied)));
    }

    public void recordCatalogApplied(String id, Document catalogApplied) {
        reports.updateOne(Filters.eq("_id", id), Updates.set("catalogApplied", catalogApplied));
    }

    public void markSuperseded(String id, String by) {
        reports.updateOne(Filters.eq("_id", id),
                Updates.combine(Updates.set("supersededBy", by), Updates.set("superseded", true)));
    }

    public String text(String id) {
        Document doc = texts.find(Filters.eq("_id", id)).projection(Projections.include("text")).first();
        return doc == null ? null : doc.getString("text");
    }

    /** The texts of these reports by report id, in one read (missing ones left out). */
    public Map<String, String> texts(Collection<String> ids) {
        Map<String, String> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            texts.find(Filters.in("_id", ids)).projection(Projections.include("text"))
                    .forEach(d -> byId.put(d.getString("_id"), d.getString("text")));
        }
        return byId;
    }

    /** Writes a report's text with the search terms of its title and text (an array under a multikey index). */
    public void writeText(String id, String text, Collection<String> terms, long versionKey) {
        texts.replaceOne(Filters.eq("_id", id), new Document("_id", id).append("text", text)
                        .append(ChildStore.TERMS, List.copyOf(terms)).append("ev", versionKey),
                new ReplaceOptions().upsert(true));
    }

    /** The ids of the reports whose title and text hold all of these search terms (multikey index {@code terms}). */
    public List<String> idsWithTerms(Collection<String> terms) {
        return texts.find(ChildStore.allTerms(terms)).projection(Projections.include("_id"))
                .map(d -> d.getString("_id")).into(new ArrayList<>());
    }

    /** Remembers that {@code oldId} was replaced by {@code newId}, so the old one is hidden even if it arrives later. */
    public void recordSupersession(String oldId, String newId) {
        supersessions.replaceOne(Filters.eq("_id", oldId), new Document("_id", oldId).append("by", newId),
                new ReplaceOptions().upsert(true));
    }

    public String supersededBy(String id) {
        Document doc = supersessions.find(Filters.eq("_id", id)).first();
        return doc == null ? null : doc.getString("by");
    }

    /**
     * The province code of a province name, as a report stated both (its province, and a region code
     * in that province); null when none did. One indexed read (index {@code province}).
     */
    public String provinceCode(String name) {
        Document doc = reports.find(Filters.and(Filters.eq("province", name), Filters.ne("provinceCode", null)))
                .projection(Projections.include("provinceCode")).first();
        return doc == null ? null : doc.getString("provinceCode");
    }

    public FindIterable<Document> find(Bson filter, Bson sort) {
        return reports.find(filter).sort(sort);
    }

    public long count(Bson filter) {
        return reports.countDocuments(filter);
    }
}
