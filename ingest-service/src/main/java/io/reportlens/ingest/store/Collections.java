package io.reportlens.ingest.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The collections ingest-service owns (all prefixed {@code ingest_}) and their unique keys. */
@ApplicationScoped
public class Collections {

    static final String REPORTS = "ingest_reports";
    static final String SOURCES = "ingest_sources";
    static final String OUTBOX = "ingest_outbox";
    static final String COUNTERS = "ingest_counters";
    static final String JOBS = "ingest_jobs";
    static final String LEASES = "ingest_leases";
    static final String CONTENT_BUCKET = "ingest_content";

    private final MongoDatabase db;
    private volatile boolean indexed;

    public Collections(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.db = client.getDatabase(database);
    }

    MongoCollection<Document> reports() {
        ensureIndexes();
        return db.getCollection(REPORTS);
    }

    MongoCollection<Document> sources() {
        return db.getCollection(SOURCES);
    }

    MongoCollection<Document> outbox() {
        return db.getCollection(OUTBOX);
    }

    MongoCollection<Document> counters() {
        return db.getCollection(COUNTERS);
    }

    MongoCollection<Document> jobs() {
        return db.getCollection(JOBS);
    }

    MongoCollection<Document> leases() {
        return db.getCollection(LEASES);
    }

    GridFSBucket content() {
        return GridFSBuckets.create(db, CONTENT_BUCKET);
    }

    /** The content hash is a unique key: duplicate detection is a keyed lookup and races lose on insert. */
    private void ensureIndexes() {
        if (!indexed) {
            db.getCollection(REPORTS).createIndex(Indexes.ascending("contentHash"), new IndexOptions().unique(true));
            indexed = true;
        }
    }
}
