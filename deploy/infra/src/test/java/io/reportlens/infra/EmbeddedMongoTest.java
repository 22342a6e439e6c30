package io.reportlens.infra;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded store through the real driver: data and index declarations survive a restart. */
class EmbeddedMongoTest {

    @TempDir
    Path dataDir;

    @Test
    void documentsAndIndexesSurviveARestart() throws IOException {
        int port = Ports.free();
        try (EmbeddedMongo store = new EmbeddedMongo(port, dataDir).start();
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> metrics = metrics(client);
            metrics.insertMany(IntStream.range(0, 500)
                    .mapToObj(i -> new Document("_id", "m" + i).append("regionCode", "44" + (i % 20)).append("year", 2000 + i % 10))
                    .toList());
            metrics.createIndex(Indexes.ascending("regionCode", "year"));
            metrics.createIndex(Indexes.ascending("year"), new IndexOptions().unique(false).name("by-year"));
            metrics(client).createIndex(Indexes.ascending("slot"), new IndexOptions().unique(true).sparse(true));
        }

        try (EmbeddedMongo store = new EmbeddedMongo(port, dataDir).start();
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> metrics = metrics(client);
            List<String> names = metrics.listIndexes().map(index -> index.getString("name")).into(new ArrayList<>());
            assertTrue(names.containsAll(List.of("_id_", "regionCode_1_year_1", "by-year", "slot_1")), names.toString());

            assertEquals(500, metrics.countDocuments());
            assertEquals(25, metrics.countDocuments(Filters.and(Filters.eq("regionCode", "443"), Filters.eq("year", 2003))));
            // Declaring an existing index again is a no-op, as on MongoDB.
            metrics.createIndex(Indexes.ascending("regionCode", "year"));
            // The unique index was reopened and is enforced.
            metrics.insertOne(new Document("_id", "a").append("slot", 1));
            assertThrows(com.mongodb.MongoWriteException.class,
                    () -> metrics.insertOne(new Document("_id", "b").append("slot", 1)));
            // Documents inserted after the restart are found by the same filters.
            metrics.insertOne(new Document("_id", "late").append("regionCode", "443").append("year", 2003));
            assertEquals(26, metrics.countDocuments(Filters.and(Filters.eq("regionCode", "443"), Filters.eq("year", 2003))));
        }
    }

    @Test
    void aStoreWrittenByTheLibrarysOwnBackendGetsItsUniqueIndexesRebuiltOnce() throws IOException {
        Path file = dataDir.resolve("reportlens.mv.db");
        MVStore legacy = new MVStore.Builder().fileName(file.toString()).open();
        MongoServer server = new MongoServer(new H2Backend(legacy));
        int legacyPort = Ports.free();
        server.bind("127.0.0.1", legacyPort);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + legacyPort)) {
            metrics(client).insertMany(IntStream.range(0, 200).mapToObj(i -> new Document("_id", "m" + i).append("slot", i)).toList());
            metrics(client).createIndex(Indexes.ascending("slot"), new IndexOptions().unique(true));
        }
        server.shutdownNow();
        legacy.close();

        int port = Ports.free();
        try (EmbeddedMongo store = new EmbeddedMongo(port, dataDir).start();
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> metrics = metrics(client);
            assertEquals(200, metrics.countDocuments());
            assertEquals("m7", metrics.find(Filters.eq("_id", "m7")).first().getString("_id"));
            assertThrows(com.mongodb.MongoWriteException.class, () -> metrics.insertOne(new Document("_id", "m7")));
            assertThrows(com.mongodb.MongoWriteException.class, () -> metrics.insertOne(new Document("_id", "new").append("slot", 7)));
            metrics.insertOne(new Document("_id", "new").append("slot", 200));
            assertEquals(201, metrics.countDocuments());
        }
        MVStore reopened = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        assertTrue(reopened.hasMap("reportlens.metrics._unique__id_"), reopened.getMapNames().toString());
        assertTrue(!reopened.hasMap("reportlens.metrics._index__id_"), "the library's own map of the index is gone");
        reopened.close();
    }

    private static MongoCollection<Document> metrics(MongoClient client) {
        return client.getDatabase("reportlens").getCollection("metrics");
    }
}
