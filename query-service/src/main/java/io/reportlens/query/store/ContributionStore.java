package io.reportlens.query.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.util.List;

/**
 * Documents keyed by a question (one series, one comparison) holding a list of items contributed by
 * many reports. A report's contribution is replaced as a whole: its old items pulled, its new ones
 * pushed; both steps are idempotent, so a replayed event leaves one copy.
 */
public class ContributionStore {

    private final MongoCollection<Document> collection;
    private final String listField;

    ContributionStore(MongoCollection<Document> collection, String listField) {
        this.collection = collection;
        this.listField = listField;
    }

    public void replaceContribution(String key, String reportId, List<Document> items) {
        collection.updateOne(Filters.eq("_id", key), Updates.pull(listField, new Document("reportId", reportId)),
                new UpdateOptions().upsert(true));
        if (!items.isEmpty()) {
            collection.updateOne(Filters.eq("_id", key), Updates.pushEach(listField, items));
        }
    }

    /** Replaces one item (matched by its {@code id} and {@code reportId}) with a new copy of it. */
    public void replaceItem(String key, String reportId, String itemId, Document item) {
        collection.updateOne(Filters.eq("_id", key),
                Updates.pull(listField, new Document("id", itemId).append("reportId", reportId)));
        collection.updateOne(Filters.eq("_id", key), Updates.push(listField, item));
    }

    /** The items of several keys, in key order. */
    public List<Document> items(List<String> keys) {
        List<Document> items = new java.util.ArrayList<>();
        for (String key : keys) {
            Document doc = find(key);
            if (doc != null) {
                items.addAll(doc.getList(listField, Document.class, List.of()));
            }
        }
        return items;
    }

    public Document find(String key) {
        return collection.find(Filters.eq("_id", key)).first();
    }

    MongoCollection<Document> collection() {
        return collection;
    }
}
