package io.reportlens.query.store;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A collection of a report's children (metrics or commitments), keyed {@code reportId|childId}. Each
 * document carries its search terms ({@link #TERMS}); reads leave them out.
 */
public class ChildStore {

    /** The field holding a document's search terms (character bigrams), an array under a multikey index. */
    public static final String TERMS = "terms";

    private final MongoCollection<Document> collection;

    ChildStore(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    public void upsertAll(List<Document> docs) {
        if (docs.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (Document doc : docs) {
            writes.add(new ReplaceOneModel<>(Filters.eq("_id", doc.get("_id")), doc, new ReplaceOptions().upsert(true)));
        }
        collection.bulkWrite(writes);
    }

    /** Deletes the documents with these ids, in one round trip. */
    public void deleteAll(Collection<String> ids) {
        if (!ids.isEmpty()) {
            collection.deleteMany(Filters.in("_id", ids));
        }
    }

    public Document find(String id) {
        return collection.find(Filters.eq("_id", id)).projection(Projections.exclude(TERMS)).first();
    }

    /** The ids of the documents whose search terms include all of these (multikey index {@code terms}). */
    public List<String> idsWithTerms(Collection<String> terms) {
        return collection.find(allTerms(terms)).projection(Projections.include("_id"))
                .map(d -> d.getString("_id")).into(new ArrayList<>());
    }

    /**
     * Documents whose terms include all of these: one equality per term on the multikey array (the
     * documents {@code $all} matches), so a planner can take any one of them to the {@code terms} index.
     */
    static Bson allTerms(Collection<String> terms) {
        return Filters.and(terms.stream().map(term -> Filters.eq(TERMS, term)).toList());
    }

    /** The documents with these ids, in the order given (missing ones skipped). */
    public List<Document> findAll(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Object, Document> byId = new HashMap<>();
        collection.find(Filters.in("_id", ids)).projection(Projections.exclude(TERMS))
                .forEach(d -> byId.put(d.get("_id"), d));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    public void update(String id, Bson update) {
        collection.updateOne(Filters.eq("_id", id), update);
    }

    /** Applies one update to the documents with these ids, in one round trip. */
    public void updateAll(Collection<String> ids, Bson update) {
        if (!ids.isEmpty()) {
            collection.updateMany(Filters.in("_id", ids), update);
        }
    }

    public FindIterable<Document> find(Bson filter, Bson sort) {
        return collection.find(filter).projection(Projections.exclude(TERMS)).sort(sort);
    }

    public long count(Bson filter) {
        return collection.countDocuments(filter);
    }
}
