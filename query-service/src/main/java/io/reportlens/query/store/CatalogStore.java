package io.reportlens.query.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import io.reportlens.query.model.MetricRecord;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * query_catalog: one small document per catalog indicator id with counters — how many metrics, and
 * how many of them per wording ({@code wordings.*}), per region ({@code regions.*}) and per year
 * ({@code years.*}). A report's contribution is a tally in the same shape; replacing it is one
 * {@code $inc} of the difference per indicator, so the catalog never needs a scan of the metrics.
 * Kept precomputed on purpose: {@code /indicators} counts every metric of the store, which a real
 * MongoDB too could only answer with a {@code $group} over the whole collection on each read.
 */
@ApplicationScoped
public class CatalogStore {

    private static final List<String> COUNTED = List.of("wordings", "regions", "years");

    private final MongoCollection<Document> catalog;

    public CatalogStore(QueryCollections collections) {
        this.catalog = collections.get(QueryCollections.CATALOG);
    }

    /**
     * A report's tally of its metrics with a catalog id: indicator id (field-safe) → {metrics: n,
     * wordings: {w: n}, regions: {r: n}, years: {y: n}}; a metric's region is its code, else its name.
     */
    public static Document tally(List<MetricRecord> metrics) {
        Document tally = new Document();
        for (MetricRecord m : metrics) {
            if (m.indicatorId() == null) {
                continue;
            }
            Document t = tally.get(FieldNames.safe(m.indicatorId()), Document.class);
            if (t == null) {
                t = new Document("metrics", 0);
                for (String f : COUNTED) {
                    t.put(f, new Document());
                }
                tally.put(FieldNames.safe(m.indicatorId()), t);
            }
            t.put("metrics", t.getInteger("metrics") + 1);
            add(t.get("wordings", Document.class), m.indicator());
            add(t.get("regions", Document.class), m.regionCode() != null ? m.regionCode() : m.region());
            add(t.get("years", Document.class), m.year() == null ? null : m.year().toString());
        }
        return tally;
    }

    /** Adds {@code now} and subtracts {@code before} (both tallies, either may be empty). */
    public void replace(Document before, Document now) {
        Set<String> ids = new HashSet<>(before.keySet());
        ids.addAll(now.keySet());
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (String id : ids) {
            Map<String, Integer> inc = new HashMap<>();
            flatten(now.get(id, Document.class), 1, inc);
            flatten(before.get(id, Document.class), -1, inc);
            inc.values().removeIf(v -> v == 0);
            if (!inc.isEmpty()) {
                writes.add(new UpdateOneModel<>(Filters.eq("_id", FieldNames.original(id)), new Document("$inc", new Document(inc)),
                        new UpdateOptions().upsert(true)));
            }
        }
        if (!writes.isEmpty()) {
            catalog.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
    }

    /** Every indicator's counters: id → {metrics, wordings, regions, years}, with names decoded and zeros dropped. */
    public Map<String, Document> all() {
        Map<String, Document> all = new HashMap<>();
        for (Document d : catalog.find()) {
            Document entry = new Document("metrics", ((Number) d.get("metrics", 0)).longValue());
            for (String f : COUNTED) {
                Document counts = new Document();
                Document stored = d.get(f, Document.class);
                if (stored != null) {
                    stored.forEach((k, v) -> {
                        if (((Number) v).longValue() > 0) {
                            counts.put(FieldNames.original(k), ((Number) v).longValue());
                        }
                    });
                }
                entry.put(f, counts);
            }
            all.put(d.getString("_id"), entry);
        }
        return all;
    }

    private static void add(Document counts, String key) {
        if (key != null) {
            counts.merge(FieldNames.safe(key), 1, (a, b) -> (Integer) a + (Integer) b);
        }
    }

    private static void flatten(Document tally, int sign, Map<String, Integer> inc) {
        if (tally == null) {
            return;
        }
        inc.merge("metrics", sign * ((Number) tally.get("metrics")).intValue(), Integer::sum);
        for (String f : COUNTED) {
            Document counts = tally.get(f, Document.class);
            if (counts != null) {
                counts.forEach((k, v) -> inc.merge(f + "." + k, sign * ((Number) v).intValue(), Integer::sum));
            }
        }
    }
}
