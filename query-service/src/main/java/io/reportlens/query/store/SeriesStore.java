package io.reportlens.query.store;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.inject.Singleton;
import org.bson.Document;

/**
 * query_series: one document per indicator and region ({@code indicatorKey|regionCode}) with every
 * actual and target figure of it ({@code points}) and the commitments whose follow-through waits
 * on it ({@code watchers}).
 */
@Singleton
public class SeriesStore extends ContributionStore {

    public SeriesStore(QueryCollections collections) {
        super(collections.get(QueryCollections.SERIES), "points");
    }

    public void watch(String key, String commitmentId) {
        collection().updateOne(Filters.eq("_id", key), Updates.addToSet("watchers", commitmentId),
                new UpdateOptions().upsert(true));
    }

    public void unwatch(String key, String commitmentId) {
        collection().updateOne(Filters.eq("_id", key), Updates.pull("watchers", commitmentId));
    }

    public Iterable<Document> all() {
        return collection().find();
    }
}
