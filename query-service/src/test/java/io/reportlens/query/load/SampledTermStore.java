package io.reportlens.query.load;

import io.reportlens.query.store.QueryCollections;
import io.reportlens.query.store.TermStore;

import java.util.Map;
import java.util.Set;

/**
 * The search index for the first {@code sample} reports only. The bigram postings are one document
 * per term, rewritten whole on every addition: on the embedded store, filling them for every report
 * costs O(reports) per term per report (see BENCHMARKS-query.md), so the fill indexes a sample.
 */
final class SampledTermStore extends TermStore {

    private final int sample;

    SampledTermStore(QueryCollections collections, int sample) {
        super(collections);
        this.sample = sample;
    }

    @Override
    public void add(Map<String, Set<String>> refsByTerm) {
        if (inSample(refsByTerm)) {
            super.add(refsByTerm);
        }
    }

    private boolean inSample(Map<String, Set<String>> refsByTerm) {
        String anyRef = refsByTerm.values().stream().flatMap(Set::stream).findFirst().orElse("r:load-0");
        String id = anyRef.substring(2).split("\\|")[0];
        return Integer.parseInt(id.substring("load-".length())) < sample;
    }
}
