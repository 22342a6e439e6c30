package io.reportlens.query.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.reportlens.query.config.QueryConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

/** The query side's collections, all prefixed {@code query_}. */
@ApplicationScoped
public class QueryCollections {

    public static final String REPORTS = "query_reports";
    public static final String TEXTS = "query_texts";
    public static final String METRICS = "query_metrics";
    public static final String COMMITMENTS = "query_commitments";
    public static final String CATALOG = "query_catalog";
    public static final String SUPERSESSIONS = "query_supersessions";

    private final MongoDatabase database;

    public QueryCollections(MongoClient client, QueryConfig config) {
        this.database = client.getDatabase(config.database());
    }

    public MongoCollection<Document> get(String name) {
        return database.getCollection(name);
    }

    public MongoDatabase database() {
        return database;
    }
}
