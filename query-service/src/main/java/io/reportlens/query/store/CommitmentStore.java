package io.reportlens.query.store;

import jakarta.inject.Singleton;

/** query_commitments: one document per commitment, with its report's context and its follow-through. */
@Singleton
public class CommitmentStore extends ChildStore {

    public CommitmentStore(QueryCollections collections) {
        super(collections.get(QueryCollections.COMMITMENTS));
    }
}
