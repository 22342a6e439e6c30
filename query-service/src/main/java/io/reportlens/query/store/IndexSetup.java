package io.reportlens.query.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.List;
import java.util.Map;

/**
 * Creates, at start-up, an index for every filter and sort path of the endpoints, and the multikey
 * indexes of the search terms; {@code createIndex} is the same call on a real MongoDB and on the
 * embedded store.
 */
@ApplicationScoped
public class IndexSetup {

    /** Collection → the index keys it needs. */
    static final Map<String, List<Bson>> INDEXES = Map.of(
            QueryCollections.REPORTS, List.of(
                    Indexes.ascending("superseded", "regionCode", "periodYear"),
                    Indexes.ascending("region"),
                    Indexes.ascending("province"),
                    Indexes.ascending("docType"),
                    Indexes.ascending("periodYear"),
                    Indexes.ascending("issuer"),
                    Indexes.ascending("publishedDate"),
                    Indexes.ascending("title"),
                    Indexes.ascending("extractedAt")),
            QueryCollections.METRICS, List.of(
                    Indexes.ascending("indicatorId", "regionCode", "year"),
                    Indexes.ascending("indicatorId", "year", "regionCode"),
                    Indexes.ascending("seriesKey"),
                    Indexes.ascending("regionCode", "year"),
                    Indexes.ascending("reportId"),
                    Indexes.ascending("region"),
                    Indexes.ascending("indicator"),
                    Indexes.ascending("kind"),
                    Indexes.ascending("unit"),
                    Indexes.ascending("year"),
                    Indexes.ascending("value"),
                    Indexes.ascending(ChildStore.TERMS)),
            QueryCollections.COMMITMENTS, List.of(
                    Indexes.ascending("regionCode", "year"),
                    Indexes.ascending("track.seriesKey"),
                    Indexes.ascending("reportId"),
                    Indexes.ascending("region"),
                    Indexes.ascending("year"),
                    Indexes.ascending("topic"),
                    Indexes.ascending("strength"),
                    Indexes.ascending("status"),
                    Indexes.ascending("due"),
                    Indexes.ascending("measurable"),
                    Indexes.ascending(ChildStore.TERMS)),
            QueryCollections.TEXTS, List.of(
                    Indexes.ascending(ChildStore.TERMS)));

    private final QueryCollections collections;

    public IndexSetup(QueryCollections collections) {
        this.collections = collections;
    }

    void onStart(@Observes StartupEvent event) {
        INDEXES.forEach((name, keys) -> {
            MongoCollection<Document> collection = collections.get(name);
            keys.forEach(key -> collection.createIndex(key, new IndexOptions().background(true)));
        });
    }
}
