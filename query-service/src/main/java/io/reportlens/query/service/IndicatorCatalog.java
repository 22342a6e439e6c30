package io.reportlens.query.service;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import io.reportlens.query.model.IndicatorEntry;
import io.reportlens.query.store.QueryCollections;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The indicator catalog: the metrics' indicator ids with how many metrics, regions and years the store
 * holds, named by their most frequent wording. Computed from query_metrics in one pass and kept in
 * memory until the next write (every upsert invalidates it).
 */
@ApplicationScoped
public class IndicatorCatalog {

    private final QueryCollections collections;
    private final AtomicLong writes = new AtomicLong();
    private volatile Snapshot snapshot;

    private record Snapshot(long writes, List<IndicatorEntry> entries) {
    }

    public IndicatorCatalog(QueryCollections collections) {
        this.collections = collections;
    }

    public void invalidate() {
        writes.incrementAndGet();
    }

    public List<IndicatorEntry> entries() {
        Snapshot current = snapshot;
        long seen = writes.get();
        if (current == null || current.writes() != seen) {
            current = new Snapshot(seen, compute());
            snapshot = current;
        }
        return current.entries();
    }

    private List<IndicatorEntry> compute() {
        Map<String, Tally> tallies = new HashMap<>();
        for (Document d : collections.get(QueryCollections.METRICS)
                .find(Filters.and(Filters.ne("indicatorId", null), Filters.ne("superseded", true)))
                .projection(Projections.include("indicatorId", "indicator", "regionCode", "region", "year"))) {
            tallies.computeIfAbsent(d.getString("indicatorId"), k -> new Tally()).add(d);
        }
        List<IndicatorEntry> entries = new ArrayList<>();
        tallies.forEach((id, t) -> entries.add(t.entry(id)));
        entries.sort(Comparator.comparing(IndicatorEntry::id));
        return List.copyOf(entries);
    }

    private static final class Tally {
        private long metrics;
        private final Map<String, Integer> wordings = new HashMap<>();
        private final Set<String> regions = new HashSet<>();
        private final TreeSet<Integer> years = new TreeSet<>();

        void add(Document d) {
            metrics++;
            wordings.merge(d.getString("indicator"), 1, Integer::sum);
            String region = d.getString("regionCode") != null ? d.getString("regionCode") : d.getString("region");
            if (region != null) {
                regions.add(region);
            }
            if (d.getInteger("year") != null) {
                years.add(d.getInteger("year"));
            }
        }

        IndicatorEntry entry(String id) {
            // Most frequent wording; among equals, the first in code-point order, so the name is stable.
            Comparator<Map.Entry<String, Integer>> byCount = Map.Entry.comparingByValue();
            Comparator<Map.Entry<String, Integer>> byWording = Map.Entry.comparingByKey();
            String name = wordings.entrySet().stream()
                    .max(byCount.thenComparing(byWording.reversed()))
                    .map(Map.Entry::getKey).orElse(id);
            return new IndicatorEntry(id, name, metrics, regions.size(), years.size(),
                    years.isEmpty() ? null : years.first(), years.isEmpty() ? null : years.last());
        }
    }
}
