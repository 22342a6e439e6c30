package io.reportlens.query.store;

import jakarta.inject.Singleton;

/**
 * The per-region buckets: one document per region code and year ({@code regionCode|year}) holding
 * the full commitment documents ({@link #commitments}, by the report's year) of the current, not
 * superseded reports, so a region-filtered list is a few keyed reads of bounded documents instead of a scan.
 */
@Singleton
public class RegionBuckets {

    private final ContributionStore commitments;

    public RegionBuckets(QueryCollections collections) {
        this.commitments = new ContributionStore(collections.get(QueryCollections.REGION_COMMITMENTS));
    }

    public ContributionStore commitments() {
        return commitments;
    }
}
