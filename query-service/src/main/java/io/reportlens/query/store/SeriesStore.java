package io.reportlens.query.store;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import jakarta.inject.Singleton;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
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

    /**
     * Makes {@code watchers} the report's commitments watching each key, in one round trip; each
     * watcher is {@code {id, dueYear}}.
     */
    public void replaceWatchers(String reportId, Collection<String> keys, Map<String, List<Document>> watchers) {
        replaceEntries(WATCHERS, reportId, keys, watchers);
    }

    /**
     * For each of these series keys, the commitments watching it that are due by the given year (or
     * have no due year): key → commitment ids. One read, returning only the watchers.
     */
    public Map<String, List<String>> watchersDueBy(Map<String, Integer> latestYearByKey) {
        Map<String, List<String>> due = new LinkedHashMap<>();
        if (latestYearByKey.isEmpty()) {
            return due;
        }
        collection().find(Filters.in("_id", List.copyOf(latestYearByKey.keySet())))
                .projection(Projections.include(WATCHERS))
                .forEach(d -> {
                    int latest = latestYearByKey.get(d.getString("_id"));
                    List<String> ids = new ArrayList<>();
                    for (Document w : watchers(d)) {
                        Integer dueYear = w.getInteger("dueYear");
                        if (dueYear == null || dueYear <= latest) {
                            ids.add(w.getString("id"));
                        }
                    }
                    if (!ids.isEmpty()) {
                        due.put(d.getString("_id"), ids);
                    }
                });
        return due;
    }

    /** The watchers ({@code {id, dueYear}}) of a stored series document. */
    private static List<Document> watchers(Document doc) {
        Document byReport = doc == null ? null : doc.get(WATCHERS, Document.class);
        List<Document> watchers = new ArrayList<>();
        if (byReport != null) {
            for (Object list : byReport.values()) {
                if (list instanceof List<?> l) {
                    l.forEach(w -> watchers.add((Document) w));
                }
            }
        }
        return watchers;
    }
}
