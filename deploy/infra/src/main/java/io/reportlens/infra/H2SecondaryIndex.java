package io.reportlens.infra;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A non-unique (compound, multikey) secondary index in the H2 file: one MVMap of entries (key
 * values, then the document's position, so equal keys coexist) beside a small state map. Both live
 * in the store that holds the documents, so a store commit writes documents and entries together;
 * the backend commits only between write commands, so no commit holds a document without its
 * entries or the reverse.
 *
 * <p>The state map says which format the entries were built in. An index whose state does not match
 * (new, or built by another version) is rebuilt from the documents once, when it is opened (all such
 * indexes of a collection in one pass); an index whose state matches is used as it is, so opening a
 * large store reads no documents.
 */
final class H2SecondaryIndex extends Index<Object> {

    private static final Logger log = LoggerFactory.getLogger(H2SecondaryIndex.class);

    /** Raise when the entry layout or value ordering changes: indexes of another format are rebuilt. */
    private static final int FORMAT = 1;

    /** Index builds, and passes over documents for them, since the JVM started: tests read them. */
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final AtomicLong PASSES = new AtomicLong();

    /** A seek key component after every stored value. */
    private static final IndexValue.TypeStart AFTER_ALL = new IndexValue.TypeStart(Integer.MAX_VALUE);

    private static final String BUILT = "built";
    private static final String MULTIKEY = "multikey";

    private final MVStore store;
    private final MVMap<Object[], Boolean> entries;
    private final MVMap<String, Object> state;
    private final MVMap<Object, Document> documents;
    private final List<String> paths;
    private volatile boolean multikey;

    private H2SecondaryIndex(MVStore store, String mapName, String name, List<IndexKey> keys, boolean sparse,
                             MVMap<Object, Document> documents) {
        super(name, keys, sparse);
        this.store = store;
        this.entries = store.openMap(mapName, new MVMap.Builder<Object[], Boolean>().keyType(IndexEntryType.INSTANCE));
        this.state = store.openMap(stateMapName(mapName));
        this.documents = documents;
        this.paths = keys();
    }

    /** Opens the index kept in the named map; one that is not {@link #isBuilt built} must be {@link #build built} before use. */
    static H2SecondaryIndex open(MVStore store, String mapName, String name, List<IndexKey> keys, boolean sparse,
                                 MVMap<Object, Document> documents) {
        H2SecondaryIndex index = new H2SecondaryIndex(store, mapName, name, keys, sparse, documents);
        if (index.isBuilt()) {
            index.multikey = Boolean.TRUE.equals(index.state.get(MULTIKEY));
        }
        return index;
    }

    static long builds() {
        return BUILDS.get();
    }

    static long passes() {
        return PASSES.get();
    }

    /** Beside the entries map; a name no index name can produce ("<ns>._index_<name>" is the entries'). */
    private static String stateMapName(String mapName) {
        return mapName.replace("._index_", "._indexstate_");
    }

    private String builtMarker() {
        return FORMAT + " " + paths;
    }

    boolean isBuilt() {
        return builtMarker().equals(state.get(BUILT));
    }

    /**
     * Builds the indexes from their collections' documents, reading each collection once however many
     * of its indexes need building. The markers go last, so an interrupted build is redone.
     */
    static void build(Collection<H2SecondaryIndex> indexes) {
        Map<MVMap<Object, Document>, List<H2SecondaryIndex>> byCollection = new IdentityHashMap<>();
        indexes.forEach(index -> byCollection.computeIfAbsent(index.documents, d -> new ArrayList<>()).add(index));
        byCollection.forEach((documents, ofCollection) -> {
            long started = System.nanoTime();
            for (H2SecondaryIndex index : ofCollection) {
                index.state.clear();
                index.entries.clear();
                index.multikey = false;
            }
            for (Map.Entry<Object, Document> document : documents.entrySet()) {
                ofCollection.forEach(index -> index.addEntries(document.getValue(), document.getKey()));
            }
            for (H2SecondaryIndex index : ofCollection) {
                index.state.put(BUILT, index.builtMarker());
                BUILDS.incrementAndGet();
            }
            PASSES.incrementAndGet();
            log.info("built indexes {} over {} documents in one pass, {} ms", ofCollection, documents.size(),
                    (System.nanoTime() - started) / 1_000_000);
        });
    }

    @Override
    public Object getPosition(Document document) {
        return null; // the _id index tells positions
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // non-unique: nothing to refuse
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        addEntries(document, position);
    }

    @Override
    public Object remove(Document document) {
        Object position = document.get("_id");
        for (Object[] key : DocumentKeys.of(document, paths).keys()) {
            entries.remove(entry(key, position));
        }
        return position;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // non-unique: nothing to refuse
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position, MongoCollection<Object> collection) {
        Set<Object[]> oldKeys = DocumentKeys.of(oldDocument, paths).keys();
        DocumentKeys newKeys = DocumentKeys.of(newDocument, paths);
        for (Object[] key : oldKeys) {
            if (!newKeys.keys().contains(key)) {
                entries.remove(entry(key, position));
            }
        }
        newKeys.keys().removeAll(oldKeys);
        put(newKeys, position);
    }

    private void addEntries(Document document, Object position) {
        put(DocumentKeys.of(document, paths), position);
    }

    private void put(DocumentKeys keys, Object position) {
        if (keys.multikey() && !multikey) {
            multikey = true;
            state.put(MULTIKEY, Boolean.TRUE);
        }
        for (Object[] key : keys.keys()) {
            entries.put(entry(key, position), Boolean.TRUE);
        }
    }

    private static Object[] entry(Object[] key, Object position) {
        Object[] entry = Arrays.copyOf(key, key.length + 1);
        entry[key.length] = position;
        return entry;
    }

    @Override
    public boolean canHandle(Document query) {
        return IndexPlan.of(query, paths, multikey) != null;
    }

    /**
     * How many entries a lookup for the query would read, or -1 if the index cannot answer it. Exact
     * and cheap: a B-tree position per bound (MVMap counts the keys below a key from its pages).
     */
    long entriesToRead(Document query) {
        IndexPlan plan = IndexPlan.of(query, paths, multikey, this::entriesUnder);
        if (plan == null) {
            return -1;
        }
        long entries = countBetween(new Object[] {IndexValue.Marker.UNINDEXED}, new Object[] {IndexValue.Marker.UNINDEXED, AFTER_ALL});
        for (Object[] prefix : plan.prefixes()) {
            IndexPlan.Range range = plan.range();
            if (range == null) {
                entries += countBetween(prefix, entry(prefix, AFTER_ALL));
            } else {
                Object[] from = entry(prefix, range.start());
                Object[] to = range.high() == null ? entry(prefix, new IndexValue.TypeStart(range.rank() + 1))
                        : entry(entry(prefix, range.high()), AFTER_ALL);
                entries += countBetween(from, to);
            }
        }
        return entries;
    }

    /** How many entries start with a key prefix. */
    private long entriesUnder(Object[] prefix) {
        return countBetween(prefix, entry(prefix, AFTER_ALL));
    }

    private long countBetween(Object[] from, Object[] to) {
        return insertionPoint(to) - insertionPoint(from);
    }

    /** Seek keys are never stored, so MVMap answers with where they would go. */
    private long insertionPoint(Object[] seek) {
        long index = entries.getKeyIndex(seek);
        return index < 0 ? -(index + 1) : index;
    }

    /**
     * The positions of every document the query may match, each once, in the collection's own order:
     * the server then returns the same documents in the same order as a scan would.
     */
    @Override
    public Iterable<Object> getPositions(Document query) {
        IndexPlan plan = IndexPlan.of(query, paths, multikey, this::entriesUnder);
        Set<Object> positions = new TreeSet<>(documents.getKeyType()::compare);
        for (Object[] prefix : plan.prefixes()) {
            scan(prefix, plan.range(), positions);
        }
        scan(new Object[] {IndexValue.Marker.UNINDEXED}, null, positions);
        return new ArrayList<>(positions);
    }

    private void scan(Object[] prefix, IndexPlan.Range range, Set<Object> positions) {
        Object[] from = range == null ? prefix : entry(prefix, range.start());
        Iterator<Object[]> keys = entries.keyIterator(from);
        while (keys.hasNext()) {
            Object[] entry = keys.next();
            if (!startsWith(entry, prefix) || range != null && !range.contains(entry[prefix.length])) {
                return;
            }
            positions.add(entry[entry.length - 1]);
        }
    }

    private static boolean startsWith(Object[] entry, Object[] prefix) {
        if (entry.length <= prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (IndexValue.compare(entry[i], prefix[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public long getCount() {
        return entries.sizeAsLong();
    }

    /** Always built when opened: the server must not build it again from its own scans. */
    @Override
    public boolean isEmpty() {
        return false;
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void drop() {
        store.removeMap(state);
    }
}
