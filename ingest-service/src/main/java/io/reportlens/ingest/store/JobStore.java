package io.reportlens.ingest.store;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.reportlens.ingest.model.ReprocessJob;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

/** Reprocessing jobs, in {@code ingest_jobs}. */
@ApplicationScoped
public class JobStore {

    private final Collections collections;

    public JobStore(Collections collections) {
        this.collections = collections;
    }

    public ReprocessJob create(Instant from, Instant to) {
        Document job = new Document("_id", UUID.randomUUID().toString())
                .append("state", ReprocessJob.ENQUEUING).append("total", 0L).append("done", 0L)
                .append("from", from == null ? null : Date.from(from)).append("to", to == null ? null : Date.from(to))
                .append("createdAt", new Date());
        collections.jobs().insertOne(job);
        return toJob(job);
    }

    public Optional<ReprocessJob> find(String id) {
        return Optional.ofNullable(collections.jobs().find(Filters.eq("_id", id)).first()).map(JobStore::toJob);
    }

    /** All entries are enqueued: the job now waits for {@code total} publications. */
    public void enqueued(String id, long total) {
        Document job = collections.jobs().findOneAndUpdate(Filters.eq("_id", id),
                Updates.combine(Updates.set("total", total), Updates.set("state", ReprocessJob.PUBLISHING)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        completeIfDone(job);
    }

    /** One of the job's events was published. */
    public void published(String id) {
        Document job = collections.jobs().findOneAndUpdate(Filters.eq("_id", id), Updates.inc("done", 1L),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        completeIfDone(job);
    }

    private void completeIfDone(Document job) {
        if (job != null && ReprocessJob.PUBLISHING.equals(job.getString("state"))
                && ((Number) job.get("done")).longValue() >= ((Number) job.get("total")).longValue()) {
            collections.jobs().updateOne(Filters.eq("_id", job.getString("_id")),
                    Updates.combine(Updates.set("state", ReprocessJob.COMPLETED), Updates.set("finishedAt", new Date())));
        }
    }

    private static ReprocessJob toJob(Document d) {
        return new ReprocessJob(d.getString("_id"), d.getString("state"), ((Number) d.get("total")).longValue(),
                ((Number) d.get("done")).longValue(), instant(d.getDate("from")), instant(d.getDate("to")),
                instant(d.getDate("createdAt")), instant(d.getDate("finishedAt")));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
