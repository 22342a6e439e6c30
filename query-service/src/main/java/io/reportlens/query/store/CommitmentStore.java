package io.reportlens.query.store;

import jakarta.enterprise.context.ApplicationScoped;

/** query_commitments: one document per commitment, with its report's context and its follow-through. */
@ApplicationScoped
public class CommitmentStore extends ChildStore {

    public CommitmentStore(QueryCollections collections) {
        super(collections.get(QueryCollections.COMMITMENTS));
    }
}
