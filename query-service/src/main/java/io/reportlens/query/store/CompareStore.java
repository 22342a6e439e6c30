package io.reportlens.query.store;

import jakarta.inject.Singleton;

/**
 * query_compare: one document per indicator, year and province ({@code indicatorId|year|provinceCode})
 * with every metric of it in the province's regions, by report.
 */
@Singleton
public class CompareStore extends ContributionStore {

    public CompareStore(QueryCollections collections) {
        super(collections.get(QueryCollections.COMPARE));
    }
}
