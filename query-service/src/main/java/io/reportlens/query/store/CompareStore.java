package io.reportlens.query.store;

import io.reportlens.query.service.RegionCodes;
import io.reportlens.query.service.TrackKeys;
import jakarta.inject.Singleton;
import org.bson.Document;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * query_compare: one document per indicator, year and prefecture ({@code indicatorId|year|prefectureCode})
 * with every metric of it in the prefecture's regions, by report. Kept per prefecture, not per
 * province, so the document a report rewrites stays small; a province's ranking reads its parts.
 */
@Singleton
public class CompareStore extends ContributionStore {

    public CompareStore(QueryCollections collections) {
        super(collections.get(QueryCollections.COMPARE));
    }

    /** The metrics of one indicator and year in the given region codes' prefectures (one read). */
    public List<Document> items(String indicatorId, int year, List<String> codes) {
        return items(List.copyOf(prefectureKeys(indicatorId, year, codes)));
    }

    /**
     * The metrics of one indicator and year everywhere: the parts of the given codes' prefectures (the
     * codes the indicator is known in) and the part of its figures without a region code.
     */
    public List<Document> nationwide(String indicatorId, int year, Collection<String> codes) {
        Set<String> keys = prefectureKeys(indicatorId, year, codes);
        keys.add(TrackKeys.compare(indicatorId, year, null));
        return items(List.copyOf(keys));
    }

    /** The keys of the parts of the codes' prefectures, each once, in the codes' order. */
    private static Set<String> prefectureKeys(String indicatorId, int year, Collection<String> codes) {
        Set<String> keys = new LinkedHashSet<>();
        codes.forEach(code -> keys.add(TrackKeys.compare(indicatorId, year, RegionCodes.prefectureOf(code))));
        return keys;
    }
}
