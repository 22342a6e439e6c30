package io.reportlens.ingest.store;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.reportlens.ingest.model.OutboxEntry;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * The outbox: one document per event to publish, keyed by a monotonic sequence, so the relay reads
 * what is pending in ingest order through the _id index, and the collection holds only what is
 * still to be sent.
 */
@ApplicationScoped
public class OutboxStore {

    private static final String SEQUENCE = "reports";

    private final Collections collections;

    public OutboxStore(Collections collections) {
        this.collections = collections;
    }

    /**
     * The next sequence number. Synchronized because the embedded store's findAndModify is not atomic
     * under concurrent callers (measured: two uploads at once were both given 3, and the second outbox
     * insert failed); a real MongoDB makes the increment atomic across instances as well.
     */
    public synchronized long nextSequence() {
        Document counter = collections.counters().findOneAndUpdate(Filters.eq("_id", SEQUENCE), Updates.inc("value", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return ((Number) counter.get("value")).longValue();
    }

    public void enqueue(long sequence, String reportId, String eventId, String jobId) {
        collections.outbox().insertOne(new Document("_id", sequence).append("reportId", reportId)
                .append("eventId", eventId).append("jobId", jobId));
    }

    public List<OutboxEntry> pending(int limit) {
        List<OutboxEntry> entries = new ArrayList<>();
        for (Document d : collections.outbox().find().sort(Sorts.ascending("_id")).limit(limit)) {
            entries.add(new OutboxEntry(((Number) d.get("_id")).longValue(), d.getString("reportId"),
                    d.getString("eventId"), d.getString("jobId")));
        }
        return entries;
    }

    public void remove(OutboxEntry entry) {
        collections.outbox().deleteOne(Filters.eq("_id", entry.sequence()));
    }

    public long count() {
        return collections.outbox().countDocuments();
    }

    /** True when the report has a first-publication entry waiting. */
    public boolean hasFirstPublication(String reportId) {
        return collections.outbox().find(Filters.and(Filters.eq("reportId", reportId), Filters.eq("jobId", null))).first() != null;
    }
}
