package io.reportlens.query.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * query_terms: the search index, append-only postings in bounded blocks. Every indexed report gets a
 * sequence number; reports {@code [k*BLOCK, (k+1)*BLOCK)} form block k. A term's postings of block k
 * are one document {@code term|k} listing the refs ({@code r:reportId}, {@code m:metricDocId},
 * {@code c:commitmentDocId}) containing it; the head document {@code term} lists the blocks it
 * occurs in. A report's refs all land in one block, so a query intersects block by block.
 *
 * <p>Documents stay bounded (a common term's block holds at most BLOCK reports' refs), and appending
 * is one {@code $push} per term and batch. Refs are never removed: a re-indexed or superseded report
 * leaves stale refs behind, and every candidate is confirmed against the stored text at query time.
 */
@ApplicationScoped
public class TermStore {

    public static final int BLOCK = 1024;

    private final MongoCollection<Document> terms;
    private final MongoCollection<Document> state;
    /** term → highest block its head is known to list; saves re-adding it on every batch. */
    private final Map<String, Integer> headsWritten = new ConcurrentHashMap<>();

    public TermStore(QueryCollections collections) {
        this.terms = collections.get(QueryCollections.TERMS);
        this.state = collections.get(QueryCollections.INDEX_STATE);
    }

    /**
     * Reserves {@code count} consecutive report sequence numbers; returns the first. Synchronized: the
     * embedded store's findAndModify is not atomic under concurrent callers.
     */
    public synchronized long allocate(int count) {
        Document doc = state.findOneAndUpdate(Filters.eq("_id", "reports"), Updates.inc("next", (long) count),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return ((Number) doc.get("next")).longValue() - count;
    }

    /** Appends refs: block → term → refs. */
    public void append(Map<Integer, Map<String, Set<String>>> byBlock) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        Map<String, List<Integer>> newHeads = new HashMap<>();
        byBlock.forEach((block, refsByTerm) -> refsByTerm.forEach((term, refs) -> {
            writes.add(new UpdateOneModel<>(Filters.eq("_id", term + "|" + block),
                    Updates.pushEach("refs", List.copyOf(refs)), new UpdateOptions().upsert(true)));
            Integer known = headsWritten.get(term);
            if (known == null || known < block) {
                newHeads.computeIfAbsent(term, t -> new ArrayList<>()).add(block);
            }
        }));
        newHeads.forEach((term, blocks) -> writes.add(new UpdateOneModel<>(Filters.eq("_id", term),
                Updates.addEachToSet("blocks", blocks), new UpdateOptions().upsert(true))));
        for (int from = 0; from < writes.size(); from += 1000) {
            terms.bulkWrite(writes.subList(from, Math.min(writes.size(), from + 1000)), new BulkWriteOptions().ordered(false));
        }
        newHeads.forEach((term, blocks) -> headsWritten.merge(term, blocks.stream().max(Integer::compare).orElseThrow(),
                Math::max));
    }

    /** The blocks a term occurs in; empty when the term is unknown. */
    public List<Integer> blocks(String term) {
        Document doc = terms.find(Filters.eq("_id", term)).first();
        return doc == null ? List.of() : doc.getList("blocks", Integer.class, List.of());
    }

    /** The refs of one term in one block. */
    public List<String> refs(String term, int block) {
        Document doc = terms.find(Filters.eq("_id", term + "|" + block)).first();
        return doc == null ? List.of() : doc.getList("refs", String.class, List.of());
    }
}
