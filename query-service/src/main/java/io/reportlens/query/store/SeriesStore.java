package io.reportlens.query.store;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import jakarta.inject.Singleton;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * query_series: one document per indicator and region ({@code indicatorKey|regionCode}) with every
 * metric of it, of every kind, by report, and the commitments whose follow-through waits on it
 * ({@code watchers.<report>}).
 */
@Singleton
public class SeriesStore extends ContributionStore {

    private static final String WATCHERS = "watchers";

    public SeriesStore(QueryCollections collections) {
        super(collections.get(QueryCollections.SERIES));
    }

    /** Makes {@code watchers} the report's commitments watching each key, in one round trip. */
    public void replaceWatchers(String reportId, Collection<String> keys, Map<String, List<String>> watchers) {
        String field = WATCHERS + "." + FieldNames.safe(reportId);
        List<WriteModel<Document>> writes = new ArrayList<>(keys.size());
        for (String key : keys) {
            List<String> mine = watchers.getOrDefault(key, List.of());
            writes.add(mine.isEmpty()
                    ? new UpdateOneModel<>(Filters.eq("_id", key), Updates.unset(field))
                    : new UpdateOneModel<>(Filters.eq("_id", key), Updates.set(field, mine),
                            new UpdateOptions().upsert(true)));
        }
        if (!writes.isEmpty()) {
            collection().bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
    }

    /** The ids of the commitments watching a stored series document. */
    public static List<String> watchers(Document doc) {
        Document byReport = doc == null ? null : doc.get(WATCHERS, Document.class);
        List<String> ids = new ArrayList<>();
        if (byReport != null) {
            for (Object list : byReport.values()) {
                if (list instanceof List<?> l) {
                    l.forEach(id -> ids.add((String) id));
                }
            }
        }
        return ids;
    }
}
