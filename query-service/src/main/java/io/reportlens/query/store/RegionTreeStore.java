package io.reportlens.query.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.reportlens.query.service.RegionCodes;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * query_region_tree: for each province and prefecture code, the codes under it that the reports
 * used, so a region code can be expanded to the buckets it covers with one keyed read.
 */
@ApplicationScoped
public class RegionTreeStore {

    private final MongoCollection<Document> tree;

    public RegionTreeStore(QueryCollections collections) {
        this.tree = collections.get(QueryCollections.REGION_TREE);
    }

    public void register(String code) {
        String province = RegionCodes.provinceOf(code);
        String prefecture = code.substring(0, 4) + "00";
        if (!code.equals(province)) {
            add(province, code);
        }
        if (!code.equals(prefecture) && !prefecture.equals(province)) {
            add(prefecture, code);
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

    private void add(String parent, String code) {
        tree.updateOne(Filters.eq("_id", parent), Updates.addToSet("codes", code), new UpdateOptions().upsert(true));
    }
}
