package io.reportlens.infra;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The index on its own, in an in-memory MVStore: what it counts before a lookup is what the lookup reads. */
class H2SecondaryIndexTest {

    @Test
    void entriesToReadIsTheNumberOfEntriesALookupFinds() {
        MVStore store = MVStore.open(null);
        MVMap<Object, Document> documents = store.openMap("databases.db.metrics");
        for (int i = 0; i < 1000; i++) {
            documents.put("m" + i, new Document("_id", "m" + i).append("region", "r" + i % 20).append("year", 2000 + i % 10));
        }
        documents.put("odd", new Document("_id", "odd").append("region", List.of(List.of("r1"))).append("year", "late"));
        H2SecondaryIndex index = H2SecondaryIndex.open(store, "db.metrics._index_x", "x",
                List.of(new IndexKey("region", true), new IndexKey("year", true)), false, documents);
        H2SecondaryIndex.build(List.of(index));
        assertEquals(1002, index.getCount(), "one entry per document, two for the nested array");

        List<Document> queries = List.of(
                new Document("region", "r1"),
                new Document("region", "r1").append("year", 2001),
                new Document("region", "r1").append("year", new Document("$gte", 2005)),
                new Document("region", "r1").append("year", new Document("$lt", 2005)),
                new Document("region", new Document("$in", List.of("r1", "r2", "nowhere"))).append("year", new Document("$gt", 2001).append("$lte", 2007)),
                new Document("region", new Document("$gte", "r18")),
                new Document("region", new Document("$lt", 1)));
        for (Document query : queries) {
            List<Object> positions = new ArrayList<>();
            index.getPositions(query).forEach(positions::add);
            assertEquals(positions.size(), index.entriesToRead(query), query::toString);
        }
        assertEquals(-1, index.entriesToRead(new Document("year", 2001)), "no condition on the first key");
        store.close();
    }

    @Test
    void ofSeveralEqualitiesOnOneArrayTheRarestValueDrivesTheLookup() {
        MVStore store = MVStore.open(null);
        MVMap<Object, Document> documents = store.openMap("databases.db.texts");
        for (int i = 0; i < 500; i++) {
            List<String> terms = i % 100 == 0 ? List.of("常见", "罕见") : List.of("常见", "其他");
            documents.put("t" + i, new Document("_id", "t" + i).append("terms", terms));
        }
        H2SecondaryIndex index = H2SecondaryIndex.open(store, "db.texts._index_terms", "terms",
                List.of(new IndexKey("terms", true)), false, documents);
        H2SecondaryIndex.build(List.of(index));
        Document both = new Document("$and", List.of(new Document("terms", "常见"), new Document("terms", "罕见")));
        List<Object> positions = new ArrayList<>();
        index.getPositions(both).forEach(positions::add);
        assertEquals(5, positions.size(), "read by 罕见 (5 entries), not by 常见 (500)");
        assertEquals(5, index.entriesToRead(both));
        store.close();
    }
}
