package io.reportlens.query.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * query_index_queue: the reports whose search terms are still to be indexed, one small document per
 * report. Durable, so a crash between a report's write and its indexing only delays the indexing.
 * Each enqueue stamps a fresh token; an entry is removed only with the token it was read with, so a
 * report re-written while it was being indexed stays queued.
 */
@ApplicationScoped
public class IndexQueueStore {

    private final MongoCollection<Document> queue;

    public IndexQueueStore(QueryCollections collections) {
        this.queue = collections.get(QueryCollections.INDEX_QUEUE);
    }

    public void enqueue(String reportId) {
        queue.replaceOne(Filters.eq("_id", reportId),
                new Document("_id", reportId).append("token", UUID.randomUUID().toString()),
                new ReplaceOptions().upsert(true));
    }

    /** Up to {@code limit} queued entries ({@code _id} = report id, {@code token}). */
    public List<Document> next(int limit) {
        return queue.find().limit(limit).into(new ArrayList<>());
    }

    public void remove(Document entry) {
        queue.deleteOne(Filters.and(Filters.eq("_id", entry.get("_id")), Filters.eq("token", entry.get("token"))));
    }

    public long size() {
        return queue.countDocuments();
    }
}
