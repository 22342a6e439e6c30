package io.reportlens.query.store;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops, at start-up, the question-keyed views that earlier versions kept and nothing reads any more
 * (derived data only: every fact in them is also in query_metrics or query_commitments).
 */
@ApplicationScoped
public class RetiredCollections {

    static final List<String> RETIRED = List.of("query_compare", "query_region_metrics", "query_region_commitments",
            "query_region_tree", "query_series", "query_provinces", "query_terms", "query_index_queue",
            "query_index_state");

    private final QueryCollections collections;

    public RetiredCollections(QueryCollections collections) {
        this.collections = collections;
    }

    void onStart(@Observes StartupEvent event) {
        List<String> present = collections.database().listCollectionNames().into(new ArrayList<>());
        RETIRED.stream().filter(present::contains).forEach(name -> collections.get(name).drop());
    }
}
