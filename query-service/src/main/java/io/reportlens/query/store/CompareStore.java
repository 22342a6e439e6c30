package io.reportlens.query.store;

import jakarta.inject.Singleton;

/** query_compare: one document per indicator, year and province ({@code indicatorId|year|provinceCode}). */
@Singleton
public class CompareStore extends ContributionStore {

    public CompareStore(QueryCollections collections) {
        super(collections.get(QueryCollections.COMPARE), "entries");
    }
}
