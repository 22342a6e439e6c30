package io.reportlens.query.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * query_terms: the search index, one document per term (a character bigram) listing the refs that
 * contain it: {@code r:reportId}, {@code m:metricDocId}, {@code c:commitmentDocId}.
 */
@ApplicationScoped
public class TermStore {

    private final MongoCollection<Document> terms;

    public TermStore(QueryCollections collections) {
        this.terms = collections.get(QueryCollections.TERMS);
    }

    public void add(Map<String, Set<String>> refsByTerm) {
        bulk(refsByTerm, true);
    }

    public void remove(Map<String, Set<String>> refsByTerm) {
        bulk(refsByTerm, false);
    }

    /** The refs of one term; empty when the term is unknown. */
    public List<String> refs(String term) {
        Document doc = terms.find(Filters.eq("_id", term)).first();
        return doc == null ? List.of() : doc.getList("refs", String.class);
    }

    private void bulk(Map<String, Set<String>> refsByTerm, boolean add) {
        if (refsByTerm.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>(refsByTerm.size());
        refsByTerm.forEach((term, refs) -> writes.add(add
                ? new UpdateOneModel<>(Filters.eq("_id", term), Updates.addEachToSet("refs", List.copyOf(refs)),
                        new UpdateOptions().upsert(true))
                : new UpdateOneModel<>(Filters.eq("_id", term), Updates.pullAll("refs", List.copyOf(refs)))));
        terms.bulkWrite(writes, new BulkWriteOptions().ordered(false));
    }
}
