package io.reportlens.infra;

import com.mongodb.MongoCommandException;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The same query with and without a secondary index returns the same documents in the same order,
 * over generated documents (arrays, embedded documents, missing fields, nulls, mixed number types)
 * and generated queries (equality, $in, ranges, their conjunctions, sorts, limits), after generated
 * updates and deletes, all through the real driver against the embedded store. The reference is a
 * collection with no secondary index, which the server scans; where the server refuses a query (the library's sort
 * cannot order some arrays of mixed types), the indexed collections must refuse it alike.
 */
class SecondaryIndexProperties {

    /** Collections and the one index each has; "scanned" has none. */
    private static final Map<String, Bson> INDEXED = Map.of(
            "by_a", Indexes.ascending("a"),
            "by_a_b", Indexes.compoundIndex(Indexes.ascending("a"), Indexes.descending("b")),
            "by_tags", Indexes.ascending("tags"),
            "by_sub_x_a", Indexes.ascending("sub.x", "a"),
            "by_b_tags", Indexes.ascending("b", "tags"));
    private static final String MANY = "by_many";
    private static final List<String> FIELDS = List.of("a", "b", "tags", "sub.x");

    private static Path dataDir;
    private static EmbeddedMongo store;
    private static MongoClient client;
    private static MongoDatabase db;

    @BeforeContainer
    static void start() throws IOException {
        dataDir = Files.createTempDirectory("reportlens-index-properties");
        store = new EmbeddedMongo(Ports.free(), dataDir).start();
        client = MongoClients.create(store.connectionString());
        db = client.getDatabase("properties");
        INDEXED.forEach((name, keys) -> db.getCollection(name).createIndex(keys));
        // Several indexes on one collection: each query takes the one that narrows it most.
        List.of(Indexes.ascending("b"), Indexes.ascending("a", "b"), Indexes.ascending("tags"), Indexes.ascending("sub.x"))
                .forEach(keys -> db.getCollection(MANY).createIndex(keys));
    }

    @AfterContainer
    static void stop() {
        client.close();
        store.close();
    }

    @Property(tries = 300)
    void indexedAndScannedQueriesAgree(@ForAll("documents") List<Document> documents,
                                       @ForAll("mutations") List<Mutation> mutations,
                                       @ForAll("queries") List<Query> queries) {
        List<MongoCollection<Document>> all = new ArrayList<>();
        all.add(db.getCollection("scanned"));
        INDEXED.keySet().forEach(name -> all.add(db.getCollection(name)));
        all.add(db.getCollection(MANY));
        for (MongoCollection<Document> collection : all) {
            collection.deleteMany(new Document());
            if (!documents.isEmpty()) {
                collection.insertMany(documents);
            }
            mutations.forEach(mutation -> mutation.apply(collection));
        }
        for (Query query : queries) {
            Object expected = outcome(() -> query.ids(all.get(0)));
            Object aggregated = outcome(() -> query.aggregatedIds(all.get(0)));
            long counted = all.get(0).countDocuments(query.filter());
            Object idsOnly = outcome(() -> query.idsOnly(all.get(0)));
            for (MongoCollection<Document> indexed : all.subList(1, all.size())) {
                String name = indexed.getNamespace().getCollectionName();
                assertEquals(expected, outcome(() -> query.ids(indexed)), () -> name + " " + query);
                assertEquals(aggregated, outcome(() -> query.aggregatedIds(indexed)), () -> name + " aggregate " + query);
                assertEquals(counted, indexed.countDocuments(query.filter()), () -> name + " count " + query);
                assertEquals(idsOnly, outcome(() -> query.idsOnly(indexed)), () -> name + " ids only " + query);
            }
        }
    }

    /** Ids of documents holding every term come from the index entries, until an array inside an array makes them inexact. */
    @Example
    void termsAreIntersectedInTheIndexWhileItsKeysAreExact() {
        MongoCollection<Document> terms = db.getCollection("terms_example");
        terms.createIndex(Indexes.ascending("t"));
        terms.insertMany(List.of(new Document("_id", 1).append("t", List.of("心脑", "脑血", "血管")),
                new Document("_id", 2).append("t", List.of("心脑", "血管")), new Document("_id", 3).append("t", List.of("脑血"))));
        Bson both = Filters.and(Filters.eq("t", "心脑"), Filters.eq("t", "脑血"));
        long finds = H2SecondaryIndex.coveredFinds();
        assertEquals(List.of(1), terms.find(both).projection(Projections.include("_id")).map(d -> d.get("_id")).into(new ArrayList<>()));
        assertEquals(1, H2SecondaryIndex.coveredFinds() - finds);
        // {t: 心脑} does not match [["心脑", "脑血"]], though the index holds its inner elements for $in
        terms.insertOne(new Document("_id", 4).append("t", List.of(List.of("心脑", "脑血"))));
        finds = H2SecondaryIndex.coveredFinds();
        assertEquals(List.of(1), terms.find(both).projection(Projections.include("_id")).map(d -> d.get("_id")).into(new ArrayList<>()));
        assertEquals(0, H2SecondaryIndex.coveredFinds() - finds);
    }

    /**
     * The ids a query returns, or the server's refusal: the library's own sort cannot order some arrays of
     * mixed types ("Comparison method violates its general contract!", with or without an index), and then
     * the indexed collections must refuse alike, not answer differently.
     */
    private static Object outcome(Supplier<List<Object>> query) {
        try {
            return query.get();
        } catch (MongoCommandException e) { // a MongoQueryException too
            return "refused: " + e.getErrorMessage();
        }
    }

    record Query(Bson filter, Bson sort, int limit) {
        List<Object> ids(MongoCollection<Document> collection) {
            FindIterable<Document> found = collection.find(filter);
            if (sort != null) {
                found = found.sort(sort);
            }
            return found.limit(limit).map(d -> d.get("_id")).into(new ArrayList<>());
        }

        /** The ids alone (a projection of _id, unsorted), which an index may answer from its entries. */
        List<Object> idsOnly(MongoCollection<Document> collection) {
            return collection.find(filter).projection(Projections.include("_id")).limit(limit)
                    .map(d -> d.get("_id")).into(new ArrayList<>());
        }

        /** The same query as an aggregation, whose leading $match the store may answer from an index. */
        List<Object> aggregatedIds(MongoCollection<Document> collection) {
            List<Bson> pipeline = new ArrayList<>();
            pipeline.add(Aggregates.match(filter));
            if (sort != null) {
                pipeline.add(Aggregates.sort(sort));
            }
            if (limit > 0) {
                pipeline.add(Aggregates.limit(limit));
            }
            pipeline.add(Aggregates.project(Projections.include("_id")));
            return collection.aggregate(pipeline).map(d -> d.get("_id")).into(new ArrayList<>());
        }

        @Override
        public String toString() {
            return filter.toBsonDocument().toJson() + (sort == null ? "" : " sort " + sort.toBsonDocument().toJson()) + " limit " + limit;
        }
    }

    record Mutation(Bson filter, String field, Object value, boolean delete) {
        void apply(MongoCollection<Document> collection) {
            if (delete) {
                collection.deleteMany(filter);
            } else {
                collection.updateMany(filter, Updates.set(field, value));
            }
        }
    }

    @Provide
    Arbitrary<List<Document>> documents() {
        Arbitrary<Document> document = Combinators.combine(value(), value(), tags(), sub())
                .as((a, b, tags, sub) -> {
                    Document d = new Document();
                    putUnlessMissing(d, "a", a);
                    putUnlessMissing(d, "b", b);
                    putUnlessMissing(d, "tags", tags);
                    putUnlessMissing(d, "sub", sub);
                    return d;
                });
        return document.list().ofMaxSize(40).map(list -> {
            for (int i = 0; i < list.size(); i++) {
                list.get(i).put("_id", i);
            }
            return list;
        });
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> mutation = Combinators.combine(condition(), Arbitraries.of("a", "b", "tags", "sub"), value(), Arbitraries.integers().between(0, 3))
                .as((filter, field, value, kind) -> new Mutation(filter, field, value == MISSING ? null : value, kind == 0));
        return mutation.list().ofMaxSize(3);
    }

    @Provide
    Arbitrary<List<Query>> queries() {
        Arbitrary<Bson> filter = Arbitraries.oneOf(
                condition(),
                Combinators.combine(condition(), condition()).as((x, y) -> (Bson) new Document("$and", List.of(x, y))),
                Combinators.combine(condition(), condition()).as(SecondaryIndexProperties::merged));
        Arbitrary<Bson> sort = Arbitraries.of(Sorts.ascending("a"), Sorts.descending("b"), Sorts.ascending("tags"),
                Sorts.orderBy(Sorts.descending("sub.x"), Sorts.ascending("_id"))).injectNull(0.5);
        Arbitrary<Integer> limit = Arbitraries.integers().between(0, 5);
        return Combinators.combine(filter, sort, limit).as(Query::new).list().ofMinSize(1).ofMaxSize(8);
    }

    /** Two conditions in one filter document; on the same field, their operators in one operator document. */
    private static Bson merged(Bson x, Bson y) {
        Document merged = new Document((Document) x);
        ((Document) y).forEach((field, condition) -> {
            if (merged.get(field) instanceof Document ops && condition instanceof Document more
                    && ops.keySet().iterator().next().startsWith("$") && more.keySet().iterator().next().startsWith("$")) {
                Document both = new Document(ops);
                more.forEach(both::putIfAbsent);
                merged.put(field, both);
            } else {
                merged.put(field, condition);
            }
        });
        return merged;
    }

    private Arbitrary<Bson> condition() {
        Arbitrary<String> field = Arbitraries.of(FIELDS);
        Arbitrary<Object> operand = scalar();
        return Arbitraries.oneOf(
                Combinators.combine(field, operand).as((f, v) -> (Bson) new Document(f, v)),
                Combinators.combine(field, Arbitraries.of("$eq", "$gt", "$gte", "$lt", "$lte", "$ne"), operand)
                        .as((f, op, v) -> (Bson) new Document(f, new Document(op, v))),
                Combinators.combine(field, operand, operand)
                        .as((f, low, high) -> (Bson) new Document(f, new Document("$gte", low).append("$lt", high))),
                Combinators.combine(field, operand.list().ofMaxSize(3))
                        .as((f, values) -> (Bson) new Document(f, new Document("$in", values))),
                Combinators.combine(field, Arbitraries.of(true, false))
                        .as((f, exists) -> (Bson) new Document(f, new Document("$exists", exists))));
    }

    /** Stands for an absent field while generating. */
    private static final Object MISSING = new Object();

    private static void putUnlessMissing(Document document, String field, Object value) {
        if (value != MISSING) {
            document.put(field, value);
        }
    }

    private Arbitrary<Object> scalar() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(-2, 3).map(Object.class::cast),
                Arbitraries.longs().between(-2, 3).map(Object.class::cast),
                Arbitraries.of(-1.5, -0.0, 0.0, 1.0, 2.0, 2.5).map(Object.class::cast),
                Arbitraries.of("", "a", "b", "c").map(Object.class::cast),
                Arbitraries.of(true, false).map(Object.class::cast),
                Arbitraries.of(new Date(0), new Date(86_400_000L)).map(Object.class::cast),
                Arbitraries.just(null));
    }

    private Arbitrary<Object> value() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, scalar()),
                net.jqwik.api.Tuple.of(2, scalar().list().ofMaxSize(3).map(Object.class::cast)),
                net.jqwik.api.Tuple.of(1, Arbitraries.oneOf(scalar(), scalar().list().ofMaxSize(2).map(Object.class::cast))
                        .list().ofMaxSize(3).map(Object.class::cast)),
                net.jqwik.api.Tuple.of(1, scalar().map(v -> (Object) new Document("x", v))),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(MISSING)));
    }

    private Arbitrary<Object> tags() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, scalar().list().ofMaxSize(4).map(Object.class::cast)),
                net.jqwik.api.Tuple.of(2, value()));
    }

    private Arbitrary<Object> sub() {
        Arbitrary<Object> subDocument = value().map(v -> {
            Document d = new Document();
            putUnlessMissing(d, "x", v);
            return d;
        });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, subDocument),
                net.jqwik.api.Tuple.of(2, subDocument.list().ofMaxSize(3).map(Object.class::cast)),
                net.jqwik.api.Tuple.of(2, value()));
    }
}
