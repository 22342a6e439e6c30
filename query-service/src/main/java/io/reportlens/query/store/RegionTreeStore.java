package io.reportlens.query.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import io.reportlens.query.service.RegionCodes;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * query_region_tree: for each region code, the codes under it that the reports used ({@code codes},
 * on province and prefecture codes) and the commitment buckets it has ({@code commitmentBuckets}), so a
 * region code expands to the buckets it covers in one or two reads.
 */
@ApplicationScoped
public class RegionTreeStore {

    public static final String COMMITMENT_BUCKETS = "commitmentBuckets";

    private final MongoCollection<Document> tree;

    public RegionTreeStore(QueryCollections collections) {
        this.tree = collections.get(QueryCollections.REGION_TREE);
    }

    /** Records a code under its province and prefecture and the bucket keys it filled, in one round trip. */
    public void register(String code, Collection<String> commitmentBuckets) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        String province = RegionCodes.provinceOf(code);
        String prefecture = code.substring(0, 4) + "00";
        if (!code.equals(province)) {
            writes.add(addTo(province, "codes", List.of(code)));
        }
        if (!code.equals(prefecture) && !prefecture.equals(province)) {
            writes.add(addTo(prefecture, "codes", List.of(code)));
        }
        if (!commitmentBuckets.isEmpty()) {
            writes.add(addTo(code, COMMITMENT_BUCKETS, commitmentBuckets));
        }
        if (!writes.isEmpty()) {
            tree.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
    }

    /** The code itself and every code under it seen so far. */
    public List<String> codesUnder(String code) {
        List<String> codes = new ArrayList<>(List.of(code));
        if (code.endsWith("00")) {
            Document doc = tree.find(Filters.eq("_id", code)).first();
            if (doc != null) {
                codes.addAll(doc.getList("codes", String.class, List.of()));
            }
        }
        return codes;
    }

    /**
     * The bucket keys ({@link #COMMITMENT_BUCKETS}) of a code and the codes
     * under it; with a year, just those keys (no read needed for them).
     */
    public List<String> bucketsUnder(String code, String field, Integer year) {
        List<String> codes = codesUnder(code);
        if (year != null) {
            return codes.stream().map(c -> c + "|" + year).toList();
        }
        Set<String> keys = new LinkedHashSet<>();
        tree.find(Filters.in("_id", codes)).forEach(d -> keys.addAll(d.getList(field, String.class, List.of())));
        return List.copyOf(keys);
    }

    private static WriteModel<Document> addTo(String id, String field, Collection<String> values) {
        return new UpdateOneModel<>(Filters.eq("_id", id), Updates.addEachToSet(field, List.copyOf(values)),
                new UpdateOptions().upsert(true));
    }
}
