package io.reportlens.infra;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sorted, skipped and limited queries and counts over documents with one value per field (the case
 * where an index walk gives the sort and its entries give the count): the same answers with and
 * without the indexes, over generated documents (numbers of every type, strings, booleans, nulls,
 * missing fields, now and then an embedded document, which the index stores as opaque text) and
 * generated queries. The reference collection has no secondary index.
 */
class SortedIndexProperties {

    private static final Map<String, List<Bson>> INDEXED = Map.of(
            "by_a", List.of(Indexes.ascending("a")),
            "by_a_b", List.of(Indexes.ascending("a", "b")),
            "by_b_a_id", List.of(Indexes.compoundIndex(Indexes.ascending("b"), Indexes.descending("a"), Indexes.ascending("_id"))),
            "by_many", List.of(Indexes.ascending("b"), Indexes.ascending("a", "b"), Indexes.ascending("a", "c", "b")));

    private static Path dataDir;
    private static EmbeddedMongo store;
    private static MongoClient client;
    private static MongoDatabase db;

    @BeforeContainer
    static void start() throws IOException {
        dataDir = Files.createTempDirectory("reportlens-sorted-index-properties");
        store = new EmbeddedMongo(Ports.free(), dataDir).start();
        client = MongoClients.create(store.connectionString());
        db = client.getDatabase("sorted");
        INDEXED.forEach((name, keys) -> keys.forEach(key -> db.getCollection(name).createIndex(key)));
    }

    @AfterContainer
    static void stop() {
        client.close();
        store.close();
    }

    @Property(tries = 300)
    void sortedQueriesAndCountsAgree(@ForAll("documents") List<Document> documents, @ForAll("queries") List<Query> queries) {
        List<MongoCollection<Document>> all = new ArrayList<>();
        all.add(db.getCollection("scanned"));
        INDEXED.keySet().stream().sorted().forEach(name -> all.add(db.getCollection(name)));
        for (MongoCollection<Document> collection : all) {
            collection.deleteMany(new Document());
            if (!documents.isEmpty()) {
                collection.insertMany(documents);
            }
        }
        for (Query query : queries) {
            Object expected = outcome(() -> query.ids(all.get(0)));
            long counted = all.get(0).countDocuments(query.filter());
            for (MongoCollection<Document> indexed : all.subList(1, all.size())) {
                String name = indexed.getNamespace().getCollectionName();
                assertEquals(expected, outcome(() -> query.ids(indexed)), () -> name + " " + query);
                assertEquals(counted, indexed.countDocuments(query.filter()), () -> name + " count " + query);
            }
        }
    }

    /** The walk in index order and the count from entries are taken where they apply, and a limit ends the walk. */
    @Example
    void aSortedLimitedQueryWalksTheIndexAndACountReadsOnlyEntries() {
        MongoCollection<Document> collection = db.getCollection("by_b_a_id");
        collection.deleteMany(new Document());
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            documents.add(new Document("_id", i).append("b", i % 2).append("a", (i * 37) % 101));
        }
        collection.insertMany(documents);
        long walks = H2SecondaryIndex.orderedWalks();
        long read = H2SecondaryIndex.entriesWalked();
        List<Object> top = collection.find(Filters.eq("b", 1)).sort(Sorts.orderBy(Sorts.descending("a"), Sorts.ascending("_id")))
                .limit(3).map(d -> d.get("_id")).into(new ArrayList<>());
        assertEquals(1, H2SecondaryIndex.orderedWalks() - walks);
        assertTrue(H2SecondaryIndex.entriesWalked() - read <= 4, "a limit of 3 reads about 3 entries, not 100");
        assertEquals(List.of(131, 161, 191), top); // a = 100, 99, 98 among odd ids (131 · 37 = 4847 = 48 · 101 + 100)
        long counts = H2SecondaryIndex.coveredCounts();
        assertEquals(100, collection.countDocuments(Filters.and(Filters.eq("b", 1), Filters.gte("a", 0))));
        assertEquals(48, collection.countDocuments(Filters.and(Filters.eq("b", 0), Filters.ne("a", 0), Filters.lt("a", 50))));
        assertEquals(2, H2SecondaryIndex.coveredCounts() - counts);
    }

    private static Object outcome(Supplier<List<Object>> query) {
        try {
            return query.get();
        } catch (MongoCommandException e) {
            return "refused: " + e.getErrorMessage();
        }
    }

    record Query(Bson filter, Bson sort, int skip, int limit) {
        List<Object> ids(MongoCollection<Document> collection) {
            var found = collection.find(filter);
            if (sort != null) {
                found = found.sort(sort);
            }
            return found.skip(skip).limit(limit).map(d -> d.get("_id")).into(new ArrayList<>());
        }

        @Override
        public String toString() {
            return filter.toBsonDocument().toJson() + (sort == null ? "" : " sort " + sort.toBsonDocument().toJson())
                    + " skip " + skip + " limit " + limit;
        }
    }

    private static final Object MISSING = new Object();

    @Provide
    Arbitrary<List<Document>> documents() {
        Arbitrary<Document> document = Combinators.combine(value(), value(), value()).as((a, b, c) -> {
            Document d = new Document();
            put(d, "a", a);
            put(d, "b", b);
            put(d, "c", c);
            return d;
        });
        // now and then one embedded document, in one field of one document
        Arbitrary<Integer> embedded = Arbitraries.integers().between(0, 11);
        return Combinators.combine(document.list().ofMaxSize(40), embedded).as((list, which) -> {
            for (int i = 0; i < list.size(); i++) {
                list.get(i).put("_id", (i * 7) % 41);
            }
            if (which < 3 && !list.isEmpty()) {
                list.get(list.size() / 2).put(List.of("a", "b", "c").get(which), new Document("x", which));
            }
            return list;
        });
    }

    private static void put(Document d, String field, Object value) {
        if (value != MISSING) {
            d.put(field, value);
        }
    }

    @Provide
    Arbitrary<List<Query>> queries() {
        Arbitrary<Bson> filter = Arbitraries.oneOf(condition(),
                Combinators.combine(condition(), condition()).as((x, y) -> (Bson) new Document("$and", List.of(x, y))),
                Combinators.combine(condition(), condition(), condition()).as((x, y, z) -> (Bson) new Document("$and", List.of(x, y, z))));
        Arbitrary<Bson> sort = Arbitraries.of(Sorts.ascending("a"), Sorts.descending("a"), Sorts.ascending("b"),
                Sorts.orderBy(Sorts.descending("a"), Sorts.ascending("_id")), Sorts.orderBy(Sorts.ascending("b"), Sorts.descending("_id")),
                Sorts.orderBy(Sorts.descending("c"), Sorts.ascending("_id"))).injectNull(0.2);
        return Combinators.combine(filter, sort, Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 5))
                .as(Query::new).list().ofMinSize(1).ofMaxSize(8);
    }

    private Arbitrary<Bson> condition() {
        Arbitrary<String> field = Arbitraries.of("a", "b", "c");
        Arbitrary<Object> operand = scalar();
        return Arbitraries.oneOf(
                Combinators.combine(field, operand).as((f, v) -> (Bson) new Document(f, v)),
                Combinators.combine(field, Arbitraries.of("$eq", "$gt", "$gte", "$lt", "$lte", "$ne"), operand)
                        .as((f, op, v) -> (Bson) new Document(f, new Document(op, v))),
                Combinators.combine(field, operand, operand)
                        .as((f, low, high) -> (Bson) new Document(f, new Document("$gte", low).append("$lt", high))),
                Combinators.combine(field, Arbitraries.of("$in", "$nin"), operand.list().ofMaxSize(3))
                        .as((f, op, values) -> (Bson) new Document(f, new Document(op, values))),
                Combinators.combine(field, Arbitraries.of(true, false))
                        .as((f, exists) -> (Bson) new Document(f, new Document("$exists", exists))));
    }

    private Arbitrary<Object> scalar() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(-2, 3).map(Object.class::cast),
                Arbitraries.longs().between(-2, 3).map(Object.class::cast),
                Arbitraries.of(-1.5, -0.0, 0.0, 1.0, 2.0, 2.5).map(Object.class::cast),
                Arbitraries.of("", "a", "b", "c").map(Object.class::cast),
                Arbitraries.of(true, false).map(Object.class::cast),
                Arbitraries.just(null));
    }

    private Arbitrary<Object> value() {
        return Arbitraries.frequencyOf(Tuple.of(12, scalar()), Tuple.of(3, Arbitraries.just(MISSING)));
    }
}
