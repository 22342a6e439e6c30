package io.reportlens.infra;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Before and after in one run: the same filters on 100,000 small documents in a collection without
 * a secondary index (the server scans) and in one with it. Not part of the build; run with
 * {@code ./mvnw -B -o -pl deploy/infra test -Dtest=SecondaryIndexBenchmarkTest -Dreportlens.bench=true}.
 */
@EnabledIfSystemProperty(named = "reportlens.bench", matches = "true")
class SecondaryIndexBenchmarkTest {

    private static final int DOCUMENTS = 100_000;

    @TempDir
    Path dataDir;

    @Test
    void filtersWithAndWithoutTheIndex() throws Exception {
        int port = Ports.free();
        try (EmbeddedMongo store = new EmbeddedMongo(port, dataDir).start();
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoDatabase db = client.getDatabase("bench");
            MongoCollection<Document> scanned = db.getCollection("scanned");
            MongoCollection<Document> indexed = db.getCollection("indexed");
            // Declared first and barely selective: the store must not answer region queries through it.
            indexed.createIndex(Indexes.ascending("unit"));
            indexed.createIndex(Indexes.ascending("region", "year"));
            // Batches alternate between the two collections, so warm-up and the machine's load fall on both alike.
            long[] millis = new long[2];
            for (int first = 0; first < DOCUMENTS; first += 1000) {
                millis[0] += insert(scanned, first);
                millis[1] += insert(indexed, first);
            }
            System.out.printf("fill %d documents in batches of 1,000: scanned %d ms, indexed %d ms%n", DOCUMENTS, millis[0], millis[1]);
            long started = System.nanoTime();
            scanned.createIndex(Indexes.ascending("year"));
            System.out.printf("createIndex on %d existing documents: %d ms%n", DOCUMENTS, (System.nanoTime() - started) / 1_000_000);
            scanned.dropIndex("year_1");
        }
        long started = System.nanoTime();
        try (EmbeddedMongo store = new EmbeddedMongo(port, dataDir).start();
             MongoClient client = MongoClients.create(store.connectionString())) {
            System.out.printf("reopen with the index built: %d ms%n", (System.nanoTime() - started) / 1_000_000);
            MongoDatabase db = client.getDatabase("bench");
            List<Bson> filters = List.of(
                    Filters.and(Filters.eq("region", "r7"), Filters.eq("year", 2005)),
                    Filters.eq("region", "r7"),
                    Filters.and(Filters.eq("region", "r7"), Filters.gte("year", 2015)),
                    Filters.and(Filters.in("region", "r1", "r2", "r3"), Filters.lt("year", 2002)),
                    Filters.and(Filters.eq("unit", "t"), Filters.eq("region", "r7")));
            System.out.println("| filter | documents | scan, median ms | index, median ms |");
            System.out.println("| --- | --- | --- | --- |");
            for (Bson filter : filters) {
                List<Object> expected = ids(db.getCollection("scanned"), filter);
                assertEquals(expected, ids(db.getCollection("indexed"), filter));
                System.out.printf("| `%s` | %d | %.1f | %.2f |%n", filter.toBsonDocument().toJson(), expected.size(),
                        median(db.getCollection("scanned"), filter, 9), median(db.getCollection("indexed"), filter, 201));
            }
            Bson filter = filters.get(1);
            assertEquals(db.getCollection("scanned").countDocuments(filter), db.getCollection("indexed").countDocuments(filter));
            System.out.printf("| countDocuments `%s` (an aggregation) | 1 | %.1f | %.2f |%n", filter.toBsonDocument().toJson(),
                    median(() -> db.getCollection("scanned").countDocuments(filter), 9),
                    median(() -> db.getCollection("indexed").countDocuments(filter), 201));
        }
    }

    /** The write cost of many indexes: the nine query-service declares on its metrics (IndexSetup). */
    @Test
    void writesWithTheNineMetricsIndexes() throws Exception {
        try (EmbeddedMongo store = new EmbeddedMongo(Ports.free(), dataDir).start();
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoDatabase db = client.getDatabase("bench");
            MongoCollection<Document> bare = db.getCollection("bare");
            MongoCollection<Document> indexed = db.getCollection("metrics");
            List.of(Indexes.ascending("indicatorId", "regionCode", "year"), Indexes.ascending("regionCode", "year"),
                            Indexes.ascending("reportId"), Indexes.ascending("region"), Indexes.ascending("indicator"),
                            Indexes.ascending("kind"), Indexes.ascending("unit"), Indexes.ascending("year"), Indexes.ascending("value"))
                    .forEach(indexed::createIndex);
            long[] millis = new long[2];
            int documents = 50_000;
            for (int first = 0; first < documents; first += 500) {
                List<Document> batch = IntStream.range(first, first + 500).mapToObj(SecondaryIndexBenchmarkTest::metric).toList();
                millis[0] += timed(() -> bare.insertMany(batch.stream().map(Document::new).toList()));
                millis[1] += timed(() -> indexed.insertMany(batch.stream().map(Document::new).toList()));
            }
            System.out.printf("insert %d metric documents in batches of 500: no secondary index %d ms (%.3f ms each),"
                            + " the nine metrics indexes %d ms (%.3f ms each)%n",
                    documents, millis[0], millis[0] / (double) documents, millis[1], millis[1] / (double) documents);
        }
    }

    private static Document metric(int i) {
        return new Document("_id", "m" + i).append("indicatorId", "ind" + i % 300).append("indicator", "指标" + i % 300)
                .append("regionCode", String.valueOf(110000 + i % 3000)).append("region", "地区" + i % 3000)
                .append("year", 2010 + i % 15).append("reportId", "r" + i / 50).append("kind", i % 2 == 0 ? "target" : "actual")
                .append("unit", "亿元").append("value", i * 1.5).append("text", "全年地区生产总值增长百分之六点五");
    }

    private static long timed(Runnable write) {
        long started = System.nanoTime();
        write.run();
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static long insert(MongoCollection<Document> collection, int first) {
        List<Document> batch = IntStream.range(first, first + 1000)
                .mapToObj(i -> new Document("_id", i).append("region", "r" + i % 500).append("year", 2000 + i / 500 % 20)
                        .append("value", i * 0.5).append("unit", "t"))
                .toList();
        long started = System.nanoTime();
        collection.insertMany(batch);
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static List<Object> ids(MongoCollection<Document> collection, Bson filter) {
        return collection.find(filter).map(d -> d.get("_id")).into(new ArrayList<>());
    }

    private static double median(MongoCollection<Document> collection, Bson filter, int runs) {
        return median(() -> ids(collection, filter), runs);
    }

    private static double median(Runnable query, int runs) {
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            query.run();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return millis[runs / 2];
    }
}
