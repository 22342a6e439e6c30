package io.reportlens.infra;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.IndexKeySpecsConflictException;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * mongo-java-server's H2 backend with real non-unique secondary indexes ({@link H2SecondaryIndex}),
 * kept in the same MVStore as the documents and committed with them ({@link StoreCommits}).
 *
 * <p>The library's own H2 backend keeps such indexes as declarations and scans; worse, on every open
 * and every {@code createIndex} it ran its build path, which deserializes the whole collection twice
 * per index (12+ minutes to open a store of 100,000 reports). Here an index is built once, when it
 * is missing, in one pass; a built index opens without reading a document.
 */
final class IndexedH2Backend extends H2Backend {

    /** Commands that change nothing; every other command is a write and runs between commits. */
    private static final Set<String> READS = Set.of("find", "getmore", "count", "distinct", "listcollections",
            "listindexes", "listdatabases", "hello", "ismaster", "ping", "buildinfo", "whatsmyuri", "serverstatus",
            "killcursors", "endsessions", "dbstats", "collstats", "getlasterror", "getparameter", "connectionstatus",
            "hostinfo", "getcmdlineopts", "getlog", "explain", "validate");

    /** Where a unique index is kept: {@code <ns>._unique_<name>} ({@link H2UniqueKeyIndex}). */
    private static final String UNIQUE_MAP = "._unique_";

    private final StoreCommits commits;

    IndexedH2Backend(MVStore store, long commitPeriodMillis) {
        super(store);
        store.commit(); // indexes built while opening
        this.commits = new StoreCommits(store, commitPeriodMillis);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (isRead(command, query)) {
            return handle(channel, databaseName, command, query);
        }
        return commits.write(() -> handle(channel, databaseName, command, query));
    }

    /**
     * An aggregate that starts with a $match hands the filter to its collection (see {@link LeadingMatch});
     * a count (the driver's countDocuments: $match, then $group of one constant id summing 1) is answered
     * from index entries where an index holds every field the filter names.
     */
    private Document handle(Channel channel, String databaseName, String command, Document query) {
        if (command.equalsIgnoreCase("aggregate") && query.get(command) instanceof String collection
                && query.get("pipeline") instanceof List<?> stages && !stages.isEmpty()
                && stages.get(0) instanceof Document first && first.get("$match") instanceof Document filter) {
            if (stages.size() == 2 && isCountStage(stages.get(1))
                    && resolveDatabase(databaseName).resolveCollection(collection, false) instanceof IndexedH2Collection indexed) {
                long count = indexed.coveredCount(filter);
                if (count >= 0) {
                    return countReply(databaseName + "." + collection, count);
                }
            }
            return LeadingMatch.during(databaseName + "." + collection, filter,
                    () -> super.handleCommand(channel, databaseName, command, query));
        }
        return super.handleCommand(channel, databaseName, command, query);
    }

    /** {$group: {_id: <constant>, n: {$sum: 1}}}, the stage countDocuments ends its pipeline with. */
    private static boolean isCountStage(Object stage) {
        return stage instanceof Document d && d.size() == 1 && d.get("$group") instanceof Document group
                && group.size() == 2 && group.get("_id") instanceof Number
                && group.get("n") instanceof Document sum && sum.size() == 1
                && sum.get("$sum") instanceof Number one && one.doubleValue() == 1.0;
    }

    /** The aggregate's reply: one document {_id: 1, n: count}, none when nothing matched (as the server answers). */
    private static Document countReply(String namespace, long count) {
        List<Document> batch = count == 0 ? List.of() : List.of(new Document("_id", 1).append("n", count));
        Document cursor = new Document("id", 0L).append("ns", namespace).append("firstBatch", batch);
        return new Document("cursor", cursor).append("ok", 1.0);
    }

    private static boolean isRead(String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        if (name.equals("aggregate")) {
            return !(query.get("pipeline") instanceof Collection<?> stages)
                    || stages.stream().noneMatch(stage -> stage instanceof Document d && (d.containsKey("$out") || d.containsKey("$merge")));
        }
        return READS.contains(name);
    }

    private static List<String> describe(List<IndexKey> keys) {
        return keys.stream().map(key -> key.getKey() + (key.isAscending() ? " 1" : " -1")).toList();
    }

    @Override
    public void close() {
        commits.close();
        super.close(); // closing the store commits what is left
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        IndexedH2Database database = new IndexedH2Database(databaseName);
        database.buildUnbuiltIndexes();
        return database;
    }

    /**
     * The H2 database with {@link IndexedH2Collection}s and {@link H2SecondaryIndex}es. Indexes that
     * need building while the database opens are built together once it is open, one pass per
     * collection; an index declared later is built at once.
     */
    private final class IndexedH2Database extends H2Database {

        /** No initializer: it is filled while the superclass constructor opens the indexes. */
        private List<H2SecondaryIndex> unbuilt;
        private boolean open;

        IndexedH2Database(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        void buildUnbuiltIndexes() {
            open = true;
            if (unbuilt != null) {
                H2SecondaryIndex.build(unbuilt);
                unbuilt = null;
            }
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collection, CollectionOptions options) {
            // The H2 backend's own map names for a collection's documents and its metadata.
            String namespace = getFullCollectionNamespace(collection);
            return new IndexedH2Collection(this, collection, options, getMvStore().openMap("databases." + namespace),
                    getMvStore().openMap("meta." + namespace), getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collection, String name, List<IndexKey> keys, boolean sparse) {
            Index<Object> declared = declared(collection, name);
            if (declared != null) {
                // Declared again: the same index, or, with other keys, a conflict (as on MongoDB); never a rebuild.
                if (!describe(declared.getKeys()).equals(describe(keys))) {
                    throw new IndexKeySpecsConflictException(new EmptyIndex<>(name, keys), declared);
                }
                return declared;
            }
            String namespace = getFullCollectionNamespace(collection);
            // The H2 backend's own map names: documents under "databases.<ns>", indexes under "<ns>._index_<name>".
            MVMap<Object, Document> documents = getMvStore().openMap("databases." + namespace);
            H2SecondaryIndex index = H2SecondaryIndex.open(getMvStore(), namespace + "._index_" + name, name, keys, sparse, documents);
            if (!index.isBuilt()) {
                if (open) {
                    H2SecondaryIndex.build(List.of(index));
                } else {
                    if (unbuilt == null) {
                        unbuilt = new ArrayList<>();
                    }
                    unbuilt.add(index);
                }
            }
            return index;
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collection, String name, List<IndexKey> keys, boolean sparse) {
            String namespace = getFullCollectionNamespace(collection);
            MVMap<Object, Document> documents = getMvStore().openMap("databases." + namespace);
            H2UniqueKeyIndex index = H2UniqueKeyIndex.open(getMvStore(), namespace + UNIQUE_MAP + name, name, keys, sparse, documents);
            String library = namespace + "._index_" + name; // the library's map of this index, Java-serialized keys
            if (getMvStore().hasMap(library)) {
                getMvStore().removeMap(library);
            }
            return index;
        }

        @Override
        protected void dropIndex(MongoCollection<Object> collection, String indexName) {
            super.dropIndex(collection, indexName);
            String unique = getFullCollectionNamespace(collection.getCollectionName()) + UNIQUE_MAP + indexName;
            if (getMvStore().hasMap(unique)) {
                getMvStore().removeMap(unique);
            }
        }

        private Index<Object> declared(String collection, String name) {
            MongoCollection<Object> existing = resolveCollection(collection, false);
            return existing == null ? null
                    : existing.getIndexes().stream().filter(index -> index.getName().equals(name)).findFirst().orElse(null);
        }
    }
}
