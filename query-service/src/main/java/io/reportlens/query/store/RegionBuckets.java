package io.reportlens.query.store;

import jakarta.inject.Singleton;

/**
 * The per-region buckets: one document per region code and year ({@code regionCode|year}) holding
 * the full metric documents ({@link #metrics}, by the metric's year) or commitment documents
 * ({@link #commitments}, by the report's year) of the current, not superseded reports, so a
 * region-filtered list is a few keyed reads of bounded documents instead of a scan.
 */
@Singleton
public class RegionBuckets {

    private final ContributionStore metrics;
    private final ContributionStore commitments;

    public RegionBuckets(QueryCollections collections) {
        this.metrics = new ContributionStore(collections.get(QueryCollections.REGION_METRICS));
        this.commitments = new ContributionStore(collections.get(QueryCollections.REGION_COMMITMENTS));
    }

    public ContributionStore metrics() {
        return metrics;
    }

    public ContributionStore commitments() {
        return commitments;
    }
}
