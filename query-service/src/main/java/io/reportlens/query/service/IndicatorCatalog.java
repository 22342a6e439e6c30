package io.reportlens.query.service;

import io.reportlens.query.model.IndicatorEntry;
import io.reportlens.query.store.CatalogStore;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The indicator catalog: the metrics' indicator ids with how many metrics, regions and years the store
 * holds, named by their most frequent wording. Read from the counters of query_catalog (kept by the
 * upserter) and kept in memory until the next write; under a stream of writes it is re-read at most
 * every {@value #MIN_AGE_MS} ms.
 */
@ApplicationScoped
public class IndicatorCatalog {

    static final long MIN_AGE_MS = 200;

    private final CatalogStore store;
    private final AtomicLong writes = new AtomicLong();
    private volatile Snapshot snapshot;

    private record Snapshot(long writes, long at, List<IndicatorEntry> entries) {
    }

    public IndicatorCatalog(CatalogStore store) {
        this.store = store;
    }

    public void invalidate() {
        writes.incrementAndGet();
    }

    public List<IndicatorEntry> entries() {
        return current().entries();
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        long seen = writes.get();
        long now = System.currentTimeMillis();
        if (current == null || (current.writes() != seen && now - current.at() >= MIN_AGE_MS)) {
            current = compute(seen, now);
            snapshot = current;
        }
        return current;
    }

    private Snapshot compute(long seen, long now) {
        List<IndicatorEntry> entries = new ArrayList<>();
        store.all().forEach((id, counters) -> {
            long metrics = counters.getLong("metrics");
            if (metrics > 0) {
                entries.add(entry(id, metrics, counters));
            }
        });
        entries.sort(Comparator.comparing(IndicatorEntry::id));
        return new Snapshot(seen, now, List.copyOf(entries));
    }

    private static IndicatorEntry entry(String id, long metrics, Document counters) {
        Document wordings = counters.get("wordings", Document.class);
        // Most frequent wording; among equals, the first in code-point order, so the name is stable.
        String name = wordings.entrySet().stream()
                .max(Comparator.comparingLong((Map.Entry<String, Object> e) -> ((Number) e.getValue()).longValue())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(id);
        TreeSet<Integer> years = new TreeSet<>();
        counters.get("years", Document.class).keySet().forEach(y -> years.add(Integer.valueOf(y)));
        return new IndicatorEntry(id, name, metrics, counters.get("regions", Document.class).size(), years.size(),
                years.isEmpty() ? null : years.first(), years.isEmpty() ? null : years.last());
    }
}
