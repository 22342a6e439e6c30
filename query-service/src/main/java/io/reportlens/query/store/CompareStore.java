package io.reportlens.query.store;

import jakarta.enterprise.context.ApplicationScoped;

/** query_compare: one document per indicator, year and province ({@code indicatorId|year|provinceCode}). */
@ApplicationScoped
public class CompareStore extends ContributionStore {

    public CompareStore(QueryCollections collections) {
        super(collections.get(QueryCollections.COMPARE), "entries");
    }
}
