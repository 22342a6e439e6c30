package io.reportlens.infra;

import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded default store: a MongoDB-wire-protocol server (mongo-java-server) on 127.0.0.1,
 * backed by an H2 MVStore file. Services reach it through the real MongoDB driver with a connection
 * string, exactly as they would a real MongoDB.
 *
 * <p>Non-unique secondary indexes are real ({@link IndexedH2Backend}), and H2's own auto-commit is off:
 * the backend commits about once a second between write commands, so a hard kill loses at most that
 * much and never leaves an index disagreeing with the documents.
 *
 * <p>Its oplog (needed only for change streams, which no service uses) is off unless
 * {@code REPORTLENS_MONGO_OPLOG=true}: it copies every write, and measured with the query-service
 * load tool it made filling the store 2.4 times slower (400 reports: 189 s with it, 80 s without).
 *
 * <p>H2's background compaction (rewriting half-empty chunks while the store serves reads) is off:
 * on a 35 GB store it failed reads with {@code MVStoreException: Chunk N not found} (H2 2.4.240, a
 * long-standing MVStore bug, e.g. h2database#4142 and #4382), twice in two reopenings; with it off
 * the same file opened and served. Chunks that hold no live data are still freed and reused; what
 * is given up is the rewriting of partly live ones, so the file can carry dead space. Reclaim it
 * with the store stopped: {@code java -cp 'deploy/infra/target/lib/*' org.h2.mvstore.MVStoreTool
 * -compact FILE}.
 */
public final class EmbeddedMongo implements AutoCloseable {

    /**
     * H2's page cache. Its default 16 MB gave 1.5 s tails at 100k documents, 256 MB ~70 ms; a store
     * much larger than the cache pays a page read and deserialization on every miss.
     */
    private static final int CACHE_MB = Integer.parseInt(System.getenv().getOrDefault("REPORTLENS_MONGO_CACHE_MB", "256"));
    private static final boolean OPLOG = Boolean.parseBoolean(System.getenv().getOrDefault("REPORTLENS_MONGO_OPLOG", "false"));

    private final int port;
    private final Path file;
    private final long commitPeriodMillis;
    private MongoServer server;
    private MVStore store;

    public EmbeddedMongo(int port, Path dataDir) {
        this(port, dataDir, 1000);
    }

    /** @param commitPeriodMillis how often writes are committed to the file (a hard kill loses at most this much) */
    EmbeddedMongo(int port, Path dataDir, long commitPeriodMillis) {
        this.port = port;
        this.file = dataDir.toAbsolutePath().resolve("reportlens.mv.db");
        this.commitPeriodMillis = commitPeriodMillis;
    }

    public String connectionString() {
        return "mongodb://127.0.0.1:" + port;
    }

    public synchronized EmbeddedMongo start() throws IOException {
        if (server != null) {
            return this;
        }
        Ports.requireFree(port, "the embedded MongoDB store");
        Files.createDirectories(file.getParent());
        // H2's own auto-commit is off: the backend commits between writes (see StoreCommits).
        store = new MVStore.Builder().fileName(file.toString()).cacheSize(CACHE_MB).autoCompactFillRate(0)
                .autoCommitDisabled().autoCommitBufferSize(0).open();
        server = new MongoServer(new IndexedH2Backend(store, commitPeriodMillis));
        if (OPLOG) {
            server.enableOplog();
        }
        server.bind("127.0.0.1", port);
        return this;
    }

    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server = null;
        }
        if (store != null && !store.isClosed()) {
            store.close();
            store = null;
        }
    }

    /** Stops as a hard kill would: nothing written after the last commit reaches the file. For tests. */
    synchronized void crash() {
        if (store != null) {
            store.closeImmediately();
            store = null;
        }
        stop();
    }

    @Override
    public void close() {
        stop();
    }
}
