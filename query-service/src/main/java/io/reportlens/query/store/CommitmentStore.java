package io.reportlens.query.store;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import jakarta.inject.Singleton;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * query_commitments: one document per commitment, with its report's context, its follow-through and,
 * when tracked, what it watches ({@code track.seriesKey}).
 */
@Singleton
public class CommitmentStore extends ChildStore {

    public CommitmentStore(QueryCollections collections) {
        super(collections.get(QueryCollections.COMMITMENTS));
    }

    /** The current commitments whose follow-through watches one of these series (index {@code track.seriesKey}). */
    public List<Document> watching(Collection<String> seriesKeys) {
        if (seriesKeys.isEmpty()) {
            return List.of();
        }
        return find(Filters.and(Filters.in("track.seriesKey", seriesKeys), Filters.ne("superseded", true)),
                Sorts.ascending("_id")).into(new ArrayList<>());
    }
}
