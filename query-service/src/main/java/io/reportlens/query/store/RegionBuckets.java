package io.reportlens.query.store;

import jakarta.inject.Singleton;

/**
 * The per-region buckets: one document per region code holding the full metric documents
 * ({@link #metrics}) or commitment documents ({@link #commitments}) of the current, not superseded
 * reports of that region, so a region-filtered list is a few keyed reads instead of a scan.
 */
@Singleton
public class RegionBuckets {

    private final ContributionStore metrics;
    private final ContributionStore commitments;

    public RegionBuckets(QueryCollections collections) {
        this.metrics = new ContributionStore(collections.get(QueryCollections.REGION_METRICS), "items");
        this.commitments = new ContributionStore(collections.get(QueryCollections.REGION_COMMITMENTS), "items");
    }

    public ContributionStore metrics() {
        return metrics;
    }

    public ContributionStore commitments() {
        return commitments;
    }
}
