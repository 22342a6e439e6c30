package io.reportlens.query.store;

import jakarta.enterprise.context.ApplicationScoped;

/** query_metrics: one document per metric, with its report's context for filtering. */
@ApplicationScoped
public class MetricStore extends ChildStore {

    public MetricStore(QueryCollections collections) {
        super(collections.get(QueryCollections.METRICS));
    }
}
