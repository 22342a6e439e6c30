package io.reportlens.query.load;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.reportlens.infra.EmbeddedMongo;
import io.reportlens.infra.Ports;
import org.bson.BsonDocument;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The store cost of writing one report: round trips (commands sent to the store), documents written
 * (the statements of the write commands: inserts, updates or upserts, deletes) and the size of the
 * write commands, counted by a driver
 * {@link CommandListener} while the service's own write path (the upserter; the search terms are
 * written with the documents) stores {@value #REPORTS} synthetic reports. Not part of {@code verify} (its name is no
 * test's); run it with
 * {@code ./mvnw -B -o -pl query-service -am verify -Dtest=WriteCostBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class WriteCostBenchmark {

    static final int REPORTS = 400;
    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findAndModify");

    @Test
    void writeCostPerReport(@TempDir Path data) throws Exception {
        Counter counter = new Counter();
        try (EmbeddedMongo mongo = new EmbeddedMongo(Ports.free(), data.resolve("mongo")).start();
             MongoClient client = MongoClients.create(MongoClientSettings.builder()
                     .applyConnectionString(new ConnectionString(mongo.connectionString()))
                     .addCommandListener(counter).build())) {
            StoreFiller filler = new StoreFiller(client);
            counter.reset();
            long started = System.nanoTime();
            filler.upsertAll(REPORTS);
            long upsertNanos = System.nanoTime() - started;
            System.out.printf("WRITE COST per report over %d reports:%n  upsert: %s, %.1f ms wall%n",
                    REPORTS, counter.perReport(REPORTS), upsertNanos / 1e6 / REPORTS);
        }
    }

    /** Counts commands and the documents the write commands touch. */
    private static final class Counter implements CommandListener {

        private final AtomicLong commands = new AtomicLong();
        private final AtomicLong reads = new AtomicLong();
        private final AtomicLong documents = new AtomicLong();
        private final AtomicLong bytes = new AtomicLong();

        @Override
        public void commandStarted(CommandStartedEvent event) {
            String name = event.getCommandName();
            if (!isCommand(name)) {
                return;
            }
            commands.incrementAndGet();
            BsonDocument command = event.getCommand();
            if (WRITES.contains(name)) {
                bytes.addAndGet(new RawBsonDocument(command, new BsonDocumentCodec()).getByteBuffer().remaining());
            }
            switch (name) {
                case "insert" -> documents.addAndGet(command.getArray("documents").size());
                case "update" -> documents.addAndGet(command.getArray("updates").size());
                case "delete" -> documents.addAndGet(command.getArray("deletes").size());
                case "findAndModify" -> documents.incrementAndGet();
                default -> reads.incrementAndGet();
            }
        }

        /** Driver housekeeping (handshakes, heartbeats, cursors' end) is not the write path's work. */
        private static boolean isCommand(String name) {
            return WRITES.contains(name) || Set.of("find", "aggregate", "count", "getMore", "distinct").contains(name);
        }

        void reset() {
            commands.set(0);
            reads.set(0);
            documents.set(0);
            bytes.set(0);
        }

        String perReport(int reports) {
            return String.format("%.1f round trips (%.1f reads), %.1f documents written, %.1f KB of write commands",
                    commands.get() / (double) reports, reads.get() / (double) reports, documents.get() / (double) reports,
                    bytes.get() / 1024.0 / reports);
        }
    }
}
