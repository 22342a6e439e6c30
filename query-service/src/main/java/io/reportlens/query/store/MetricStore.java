package io.reportlens.query.store;

import jakarta.inject.Singleton;

/** query_metrics: one document per metric, with its report's context for filtering. */
@Singleton
public class MetricStore extends ChildStore {

    public MetricStore(QueryCollections collections) {
        super(collections.get(QueryCollections.METRICS));
    }
}
