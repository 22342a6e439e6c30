package io.reportlens.ingest.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSDownloadStream;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.reportlens.ingest.model.AcceptedDocument;
import io.reportlens.ingest.model.StoredReport;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Stores reports: the raw bytes and the text in GridFS (a document may exceed MongoDB's 16 MB limit),
 * then the report document, then its outbox entry. Whatever fails on the way is removed again, so a
 * report is either wholly stored (and will be published) or not at all.
 */
@ApplicationScoped
public class ReportStore {

    /** Thrown when another report with the same content hash was stored first. */
    public static class DuplicateContentException extends RuntimeException {
        public DuplicateContentException() {
            super("a report with the same content hash exists");
        }
    }

    private final Collections collections;
    private final OutboxStore outbox;

    public ReportStore(Collections collections, OutboxStore outbox) {
        this.collections = collections;
        this.outbox = outbox;
    }

    public Optional<StoredReport> find(String id) {
        return Optional.ofNullable(collections.reports().find(Filters.eq("_id", id)).first()).map(ReportStore::toReport);
    }

    public Optional<StoredReport> findByContentHash(String hash) {
        return Optional.ofNullable(collections.reports().find(Filters.eq("contentHash", hash)).first()).map(ReportStore::toReport);
    }

    public long count() {
        return collections.reports().countDocuments();
    }

    /** Stores a new report as {@code pending} with its outbox entry; returns it. */
    public StoredReport save(String id, AcceptedDocument doc, int version, String previousVersionId) {
        GridFSBucket bucket = collections.content();
        ObjectId contentFile = null;
        ObjectId textFile = null;
        boolean reportInserted = false;
        try {
            contentFile = upload(bucket, id + "/content", doc.content(), doc.contentType());
            textFile = upload(bucket, id + "/text", doc.text().getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8");
            long sequence = outbox.nextSequence();
            Instant now = Instant.now();
            Document report = new Document("_id", id)
                    .append("sequence", sequence)
                    .append("sourceUrl", doc.sourceUrl())
                    .append("title", doc.title())
                    .append("publishedDate", doc.publishedDate() == null ? null : doc.publishedDate().toString())
                    .append("contentType", doc.contentType())
                    .append("format", doc.format())
                    .append("charset", doc.charset())
                    .append("declaredTitle", doc.declaredTitle())
                    .append("contentHash", doc.contentHash())
                    .append("sizeBytes", (long) doc.content().length)
                    .append("textLength", doc.text().length())
                    .append("version", version)
                    .append("previousVersionId", previousVersionId)
                    .append("ingestedAt", Date.from(now))
                    .append("state", StoredReport.PENDING)
                    .append("contentFileId", contentFile)
                    .append("textFileId", textFile);
            insertReport(report);
            reportInserted = true;
            outbox.enqueue(sequence, id, UUID.randomUUID().toString(), null);
            return toReport(report);
        } catch (RuntimeException e) {
            removeQuietly(id, reportInserted, contentFile, textFile, e);
            throw e;
        }
    }

    private void insertReport(Document report) {
        try {
            collections.reports().insertOne(report);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new DuplicateContentException();
            }
            throw e;
        }
    }

    private void removeQuietly(String id, boolean reportInserted, ObjectId contentFile, ObjectId textFile, RuntimeException cause) {
        Consumer<Runnable> attempt = step -> {
            try {
                step.run();
            } catch (RuntimeException e) {
                cause.addSuppressed(e);
            }
        };
        if (reportInserted) {
            attempt.accept(() -> collections.reports().deleteOne(Filters.eq("_id", id)));
        }
        GridFSBucket bucket = collections.content();
        if (contentFile != null) {
            attempt.accept(() -> bucket.delete(contentFile));
        }
        if (textFile != null) {
            attempt.accept(() -> bucket.delete(textFile));
        }
    }

    /** Ids of the reports still waiting for their first publication. */
    public java.util.List<String> pendingIds() {
        java.util.List<String> ids = new java.util.ArrayList<>();
        collections.reports().find(Filters.eq("state", StoredReport.PENDING)).projection(new Document("_id", 1))
                .forEach(d -> ids.add(d.getString("_id")));
        return ids;
    }

    public void markPublished(String id) {
        collections.reports().updateOne(Filters.eq("_id", id),
                Updates.combine(Updates.set("state", StoredReport.PUBLISHED), Updates.set("publishedAt", new Date())));
    }

    public void markFailed(String id, String reason) {
        collections.reports().updateOne(Filters.eq("_id", id),
                Updates.combine(Updates.set("state", StoredReport.FAILED), Updates.set("failure", reason)));
    }

    public InputStream content(StoredReport report) {
        GridFSDownloadStream stream = collections.content().openDownloadStream((ObjectId) report.contentFileId());
        return stream;
    }

    public String text(StoredReport report) {
        try (GridFSDownloadStream stream = collections.content().openDownloadStream((ObjectId) report.textFileId())) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Reports ingested in [from, to) (either bound may be null), in ingest order. */
    public void forEachIngested(Instant from, Instant to, long maxSequence, Consumer<StoredReport> action) {
        Bson filter = Filters.lte("sequence", maxSequence);
        if (from != null) {
            filter = Filters.and(filter, Filters.gte("ingestedAt", Date.from(from)));
        }
        if (to != null) {
            filter = Filters.and(filter, Filters.lt("ingestedAt", Date.from(to)));
        }
        for (Document d : collections.reports().find(filter).sort(Sorts.ascending("sequence"))) {
            action.accept(toReport(d));
        }
    }

    /** The newest version recorded for a source URL: its number and report id, or empty. */
    public Optional<Document> latestVersion(String sourceUrl) {
        return Optional.ofNullable(collections.sources().find(Filters.eq("_id", sourceUrl)).first());
    }

    /** Records {@code reportId} as version {@code version} of the page at {@code sourceUrl}. */
    public void recordVersion(String sourceUrl, int version, String reportId) {
        collections.sources().findOneAndUpdate(Filters.eq("_id", sourceUrl),
                Updates.combine(Updates.set("version", version), Updates.set("latestReportId", reportId)),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
    }

    /** Undoes {@link #recordVersion} when storing that version failed. */
    public void restoreVersion(String sourceUrl, Document previous) {
        if (previous == null) {
            collections.sources().deleteOne(Filters.eq("_id", sourceUrl));
        } else {
            collections.sources().replaceOne(Filters.eq("_id", sourceUrl), previous);
        }
    }

    private static ObjectId upload(GridFSBucket bucket, String name, byte[] bytes, String contentType) {
        return bucket.uploadFromStream(name, new ByteArrayInputStream(bytes),
                new GridFSUploadOptions().metadata(new Document("contentType", contentType)));
    }

    static StoredReport toReport(Document d) {
        String published = d.getString("publishedDate");
        return new StoredReport(d.getString("_id"), number(d, "sequence"), d.getString("sourceUrl"), d.getString("title"),
                published == null ? null : LocalDate.parse(published), d.getString("contentType"), d.getString("format"),
                d.getString("charset"), d.getString("declaredTitle"), d.getString("contentHash"), number(d, "sizeBytes"),
                (int) number(d, "textLength"), (int) number(d, "version"), d.getString("previousVersionId"),
                instant(d.getDate("ingestedAt")), d.getString("state"), instant(d.getDate("publishedAt")), d.getString("failure"),
                d.get("contentFileId"), d.get("textFileId"));
    }

    private static long number(Document d, String key) {
        Object v = d.get(key);
        return v instanceof Number n ? n.longValue() : 0L;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
