package io.reportlens.infra;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Secondary indexes of the embedded store across restarts and a hard kill: they keep agreeing with
 * the documents. A query wrapped in a one-clause $or is one no index answers, so the server scans:
 * that is the reference each indexed query is checked against.
 */
class SecondaryIndexTest {

    @TempDir
    Path dataDir;

    @Test
    void indexesSurviveARestartWithoutARebuildAndStayInAgreement() throws IOException {
        int port = Ports.free();
        try (EmbeddedMongo store = new EmbeddedMongo(port, dataDir).start();
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> metrics = metrics(client);
            metrics.createIndex(Indexes.ascending("region", "year"));
            metrics.createIndex(Indexes.ascending("tags"));
            metrics.insertMany(IntStream.range(0, 2000).mapToObj(SecondaryIndexTest::metric).toList());
            assertAgreement(metrics);
        }
        long builds = H2SecondaryIndex.builds();
        try (EmbeddedMongo store = new EmbeddedMongo(port, dataDir).start();
             MongoClient client = MongoClients.create(store.connectionString())) {
            assertEquals(builds, H2SecondaryIndex.builds(), "a built index is opened, not rebuilt");
            MongoCollection<Document> metrics = metrics(client);
            assertEquals(2000, metrics.countDocuments());
            assertEquals(2000, keys(client, "region_1_year_1"));
            assertAgreement(metrics);

            metrics.deleteMany(Filters.eq("region", "r3"));
            assertEquals(0, metrics.countDocuments(Filters.eq("region", "r3")));
            metrics.updateMany(Filters.eq("year", 2004), Updates.set("tags", List.of("late")));
            assertEquals(metrics.countDocuments(Filters.eq("year", 2004)), metrics.countDocuments(Filters.eq("tags", "late")));
            metrics.insertMany(IntStream.range(2000, 2100).mapToObj(SecondaryIndexTest::metric).toList());
            assertEquals(metrics.countDocuments(), keys(client, "region_1_year_1"));
            assertAgreement(metrics);
        }
    }

    /** As after an upgrade of the index format, or a store written before there were indexes. */
    @Test
    void indexesWhoseStateDoesNotMatchAreRebuiltOnOpenInOnePassPerCollection() throws IOException {
        int port = Ports.free();
        try (EmbeddedMongo store = new EmbeddedMongo(port, dataDir).start();
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> metrics = metrics(client);
            metrics.createIndex(Indexes.ascending("region", "year"));
            metrics.createIndex(Indexes.ascending("tags"));
            metrics.insertMany(IntStream.range(0, 700).mapToObj(SecondaryIndexTest::metric).toList());
        }
        MVStore file = new MVStore.Builder().fileName(dataDir.resolve("reportlens.mv.db").toString()).open();
        List<String> states = file.getMapNames().stream().filter(name -> name.contains("._indexstate_")).toList();
        assertEquals(2, states.size(), states.toString());
        states.forEach(file::removeMap);
        file.close();

        long builds = H2SecondaryIndex.builds();
        long passes = H2SecondaryIndex.passes();
        try (EmbeddedMongo store = new EmbeddedMongo(port, dataDir).start();
             MongoClient client = MongoClients.create(store.connectionString())) {
            assertEquals(builds + 2, H2SecondaryIndex.builds());
            assertEquals(passes + 1, H2SecondaryIndex.passes(), "both indexes of the collection from one reading of it");
            assertEquals(700, keys(client, "region_1_year_1"));
            assertEquals(1400, keys(client, "tags_1"));
            assertAgreement(metrics(client));
        }
    }

    @Test
    void anIndexDeclaredOnExistingDocumentsIsBuiltFromThem() throws IOException {
        try (EmbeddedMongo store = new EmbeddedMongo(Ports.free(), dataDir).start();
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> metrics = metrics(client);
            metrics.insertMany(IntStream.range(0, 500).mapToObj(SecondaryIndexTest::metric).toList());
            long builds = H2SecondaryIndex.builds();
            metrics.createIndex(Indexes.ascending("region", "year"));
            assertEquals(builds + 1, H2SecondaryIndex.builds());
            assertEquals(500, keys(client, "region_1_year_1"));
            assertAgreement(metrics);
            metrics.createIndex(Indexes.ascending("region", "year"));
            assertEquals(builds + 1, H2SecondaryIndex.builds(), "declaring it again builds nothing");
            assertThrows(MongoCommandException.class, () -> metrics.createIndex(Indexes.ascending("year"),
                    new IndexOptions().name("region_1_year_1")), "the same name with other keys is a conflict");
            assertEquals(500, keys(client, "region_1_year_1"));
            assertAgreement(metrics);

            metrics.dropIndex("region_1_year_1");
            metrics.createIndex(Indexes.ascending("tags"), new IndexOptions().name("region_1_year_1"));
            assertEquals(builds + 2, H2SecondaryIndex.builds(), "dropped, then built anew with its new keys");
            assertEquals(1000, keys(client, "region_1_year_1"), "two tags per document");
            assertAgreement(metrics);
        }
    }

    @Test
    void aMultikeyIndexFindsAnArrayWhoseElementsMeetTwoClausesSeparately() throws IOException {
        try (EmbeddedMongo store = new EmbeddedMongo(Ports.free(), dataDir).start();
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> metrics = metrics(client);
            metrics.createIndex(Indexes.ascending("tags"));
            metrics.insertOne(new Document("_id", 1).append("tags", List.of(-1, 2)));
            assertEquals(1, metrics.countDocuments(Filters.and(Filters.gt("tags", 1), Filters.lt("tags", 0))));
        }
    }

    /** Writes run until the store dies without closing; what was committed must hold indexes that agree. */
    @Test
    void aHardKillLeavesIndexesThatAgreeWithTheDocuments() throws Exception {
        int port = Ports.free();
        AtomicInteger written = new AtomicInteger();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port + "/?serverSelectionTimeoutMS=2000")) {
            EmbeddedMongo store = new EmbeddedMongo(port, dataDir, 20).start();
            MongoCollection<Document> metrics = metrics(client);
            metrics.createIndex(Indexes.ascending("region", "year"));
            metrics.createIndex(Indexes.ascending("tags"));
            AtomicBoolean running = new AtomicBoolean(true);
            Thread writer = new Thread(() -> {
                try {
                    for (int batch = 0; running.get(); batch++) {
                        int first = batch * 50;
                        metrics.insertMany(IntStream.range(first, first + 50).mapToObj(SecondaryIndexTest::metric).toList());
                        metrics.updateMany(Filters.eq("region", "r" + batch % 20), Updates.inc("year", 1));
                        metrics.deleteMany(Filters.and(Filters.eq("region", "r" + (batch + 7) % 20), Filters.eq("tags", "t" + batch % 3)));
                        written.addAndGet(50);
                    }
                } catch (RuntimeException expected) {
                    // the store died under it
                }
            });
            writer.start();
            Thread.sleep(1500);
            store.crash();
            running.set(false);
            writer.join();
        }
        assertTrue(written.get() > 0);
        try (EmbeddedMongo store = new EmbeddedMongo(port, dataDir).start();
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> metrics = metrics(client);
            long documents = metrics.countDocuments();
            assertTrue(documents > 0, "some writes were committed");
            assertEquals(documents, keys(client, "region_1_year_1"));
            assertAgreement(metrics);
        }
    }

    /** The store in its own process, killed with SIGKILL while a client writes: the file it leaves agrees. */
    @Test
    void aKilledStoreProcessLeavesIndexesThatAgreeWithTheDocuments() throws Exception {
        int port = Ports.free();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "mongo", String.valueOf(port), dataDir.toString())
                .redirectErrorStream(true).start();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream()))) {
            String line;
            while ((line = lines.readLine()) != null && !line.startsWith("READY")) {
                // the store's start-up log
            }
            assertTrue(line != null, "the store process started");
            Thread drain = new Thread(() -> lines.lines().forEach(ignored -> { }));
            drain.setDaemon(true);
            drain.start();
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port + "/?serverSelectionTimeoutMS=2000")) {
                MongoCollection<Document> metrics = metrics(client);
                metrics.createIndex(Indexes.ascending("region", "year"));
                metrics.createIndex(Indexes.ascending("tags"));
                Thread writer = new Thread(() -> {
                    try {
                        for (int batch = 0; ; batch++) {
                            int first = batch * 50;
                            metrics.insertMany(IntStream.range(first, first + 50).mapToObj(SecondaryIndexTest::metric).toList());
                            metrics.updateMany(Filters.eq("region", "r" + batch % 20), Updates.inc("year", 1));
                            metrics.deleteMany(Filters.and(Filters.eq("region", "r" + (batch + 7) % 20), Filters.eq("tags", "t" + batch % 3)));
                        }
                    } catch (RuntimeException expected) {
                        // the store died under it
                    }
                });
                writer.start();
                Thread.sleep(3500); // about three commits, then a kill in the middle of a write
                process.destroyForcibly().waitFor();
                writer.join();
            }
        } finally {
            process.destroyForcibly().waitFor();
        }
        try (EmbeddedMongo store = new EmbeddedMongo(port, dataDir).start();
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> metrics = metrics(client);
            long documents = metrics.countDocuments();
            assertTrue(documents > 0, "some writes were committed before the kill");
            assertEquals(documents, keys(client, "region_1_year_1"));
            assertAgreement(metrics);
        }
    }

    private static Document metric(int i) {
        return new Document("_id", "m" + i).append("region", "r" + i % 20).append("year", 2000 + i % 10)
                .append("tags", List.of("t" + i % 3, "u" + i % 5));
    }

    private static void assertAgreement(MongoCollection<Document> metrics) {
        List<Bson> filters = new ArrayList<>();
        for (int r = 0; r < 20; r++) {
            filters.add(Filters.eq("region", "r" + r));
            filters.add(Filters.and(Filters.eq("region", "r" + r), Filters.gte("year", 2003 + r % 5)));
            for (int year = 2000; year < 2012; year += 3) {
                filters.add(Filters.and(Filters.eq("region", "r" + r), Filters.eq("year", year)));
            }
        }
        for (String tag : List.of("t0", "t1", "t2", "u0", "u4", "late", "none")) {
            filters.add(Filters.eq("tags", tag));
        }
        filters.add(Filters.in("tags", "t1", "u2"));
        for (Bson filter : filters) {
            List<Object> scanned = metrics.find(Filters.or(filter)).map(d -> d.get("_id")).into(new ArrayList<>());
            List<Object> indexed = metrics.find(filter).map(d -> d.get("_id")).into(new ArrayList<>());
            assertEquals(scanned, indexed, filter.toBsonDocument().toJson());
        }
    }

    /** The number of entries the server reports for an index. */
    private static long keys(MongoClient client, String index) {
        Document validation = client.getDatabase("reportlens").runCommand(new Document("validate", "metrics"));
        return ((Number) validation.get("keysPerIndex", Document.class).get(index)).longValue();
    }

    private static MongoCollection<Document> metrics(MongoClient client) {
        return client.getDatabase("reportlens").getCollection("metrics");
    }
}
