package io.reportlens.infra;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded default store: a MongoDB-wire-protocol server (mongo-java-server) on 127.0.0.1,
 * backed by an H2 MVStore file. Services reach it through the real MongoDB driver with a connection
 * string, exactly as they would a real MongoDB.
 *
 * <p>Its oplog (needed only for change streams, which no service uses) is off unless
 * {@code REPORTLENS_MONGO_OPLOG=true}: it copies every write, and measured with the query-service
 * load tool it made filling the store 2.4 times slower (400 reports: 189 s with it, 80 s without).
 */
public final class EmbeddedMongo implements AutoCloseable {

    /** H2's default 16 MB page cache gives 1.5 s tails at 100k documents; 256 MB gives ~70 ms. */
    private static final int CACHE_MB = 256;
    private static final boolean OPLOG = Boolean.parseBoolean(System.getenv().getOrDefault("REPORTLENS_MONGO_OPLOG", "false"));

    private final int port;
    private final Path file;
    private MongoServer server;
    private MVStore store;

    public EmbeddedMongo(int port, Path dataDir) {
        this.port = port;
        this.file = dataDir.toAbsolutePath().resolve("reportlens.mv.db");
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
        store = new MVStore.Builder().fileName(file.toString()).cacheSize(CACHE_MB).open();
        server = new MongoServer(new H2Backend(store));
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

    @Override
    public void close() {
        stop();
    }
}
