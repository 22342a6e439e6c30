package io.reportlens.query.store;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import jakarta.inject.Singleton;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * query_metrics: one document per metric, with its report's context for filtering, its place in its
 * report ({@code seq}) and the series it belongs to ({@code seriesKey}: indicator and region code).
 */
@Singleton
public class MetricStore extends ChildStore {

    public MetricStore(QueryCollections collections) {
        super(collections.get(QueryCollections.METRICS));
    }

    /**
     * The actual and target figures of current reports in these series, by report and in each report's
     * order (index {@code seriesKey}); one read for any number of series.
     */
    public List<Document> inSeries(Collection<String> seriesKeys) {
        if (seriesKeys.isEmpty()) {
            return List.of();
        }
        return find(Filters.and(Filters.in("seriesKey", seriesKeys), Filters.in("kind", "actual", "target"),
                Filters.ne("superseded", true)), Sorts.ascending("reportId", "seq")).into(new ArrayList<>());
    }
}
