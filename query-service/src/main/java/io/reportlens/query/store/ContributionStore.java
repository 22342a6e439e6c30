package io.reportlens.query.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents keyed by a question (one series, one region and year, ...) holding the items many reports
 * contributed, as a map from report to its items ({@code byReport.<report>}). A report's contribution
 * is replaced with one {@code $set} (or {@code $unset}) per key — idempotent, so a replayed event
 * leaves one copy, and no array is searched or rewritten item by item.
 */
public class ContributionStore {

    private static final String BY_REPORT = "byReport";

    private final MongoCollection<Document> collection;

    ContributionStore(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    /**
     * Makes {@code items} the report's whole contribution to each key, in one round trip; a key in
     * {@code keys} without items loses the report's contribution.
     */
    public void replaceContributions(String reportId, Collection<String> keys, Map<String, List<Document>> items) {
        replaceEntries(BY_REPORT, reportId, keys, items);
    }

    /**
     * In each key's document, sets the report's entry of the map {@code mapField} to its values (or
     * unsets it when it has none), in one unordered bulk write.
     */
    protected <T> void replaceEntries(String mapField, String reportId, Collection<String> keys,
                                      Map<String, List<T>> values) {
        String field = mapField + "." + FieldNames.safe(reportId);
        List<WriteModel<Document>> writes = new ArrayList<>(keys.size());
        for (String key : keys) {
            List<T> mine = values.getOrDefault(key, List.of());
            writes.add(mine.isEmpty()
                    ? new UpdateOneModel<>(Filters.eq("_id", key), Updates.unset(field))
                    : new UpdateOneModel<>(Filters.eq("_id", key), Updates.set(field, mine),
                            new UpdateOptions().upsert(true)));
        }
        if (!writes.isEmpty()) {
            collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
    }

    /** The items of several keys, in key order. */
    public List<Document> items(List<String> keys) {
        Map<Object, Document> found = new HashMap<>();
        if (!keys.isEmpty()) {
            collection.find(Filters.in("_id", keys)).forEach(d -> found.put(d.get("_id"), d));
        }
        List<Document> items = new ArrayList<>();
        for (String key : keys) {
            items.addAll(items(found.get(key)));
        }
        return items;
    }

    /** Every item of one stored document, report by report. */
    public static List<Document> items(Document doc) {
        Document byReport = doc == null ? null : doc.get(BY_REPORT, Document.class);
        if (byReport == null) {
            return List.of();
        }
        List<Document> items = new ArrayList<>();
        for (Object contribution : byReport.values()) {
            if (contribution instanceof List<?> list) {
                list.forEach(item -> items.add((Document) item));
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

    /** The field a report's items live in; ids that are not plain field names are hex-encoded. */
    static String field(String reportId) {
        return BY_REPORT + "." + FieldNames.safe(reportId);
    }
}
