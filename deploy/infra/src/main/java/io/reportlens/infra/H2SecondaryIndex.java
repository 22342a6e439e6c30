package io.reportlens.infra;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiPredicate;

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

    /** A build commits the store every so many documents, so a large collection's build holds no more in memory. */
    private static final int BUILD_COMMIT_EVERY = 20_000;

    /** Index builds, and passes over documents for them, since the JVM started: tests read them. */
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final AtomicLong PASSES = new AtomicLong();
    /** Walks in sort order, entries they read, and counts answered from entries: tests read them. */
    private static final AtomicLong ORDERED_WALKS = new AtomicLong();
    private static final AtomicLong ENTRIES_WALKED = new AtomicLong();
    private static final AtomicLong COVERED_COUNTS = new AtomicLong();
    private static final AtomicLong COVERED_FINDS = new AtomicLong();

    /** A seek key component after every stored value. */
    private static final IndexValue.TypeStart AFTER_ALL = new IndexValue.TypeStart(Integer.MAX_VALUE);

    private static final String BUILT = "built";
    private static final String MULTIKEY = "multikey";
    private static final String NESTED = "nested";
    /** Set by builds since nested keys are recorded; an index built before has unknown keys and never answers ids alone. */
    private static final String NESTED_KNOWN = "nestedKnown";

    private final MVStore store;
    private final MVMap<Object[], Boolean> entries;
    private final MVMap<String, Object> state;
    private final MVMap<Object, Document> documents;
    private final List<String> paths;
    private volatile boolean multikey;
    /** Some document's keys came from an array inside an array: an entry then does not always mean an equal value. */
    private volatile boolean nested;
    private volatile boolean nestedKnown;

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
            index.nested = Boolean.TRUE.equals(index.state.get(NESTED));
            index.nestedKnown = Boolean.TRUE.equals(index.state.get(NESTED_KNOWN));
        }
        return index;
    }

    static long builds() {
        return BUILDS.get();
    }

    static long passes() {
        return PASSES.get();
    }

    static long orderedWalks() {
        return ORDERED_WALKS.get();
    }

    static long entriesWalked() {
        return ENTRIES_WALKED.get();
    }

    static long coveredCounts() {
        return COVERED_COUNTS.get();
    }

    static long coveredFinds() {
        return COVERED_FINDS.get();
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
                index.nested = false;
            }
            long read = 0;
            for (Map.Entry<Object, Document> document : documents.entrySet()) {
                ofCollection.forEach(index -> index.addEntries(document.getValue(), document.getKey()));
                if (++read % BUILD_COMMIT_EVERY == 0) {
                    // no marker yet: a build cut short here is redone; the documents are not touched
                    ofCollection.get(0).store.commit();
                }
            }
            for (H2SecondaryIndex index : ofCollection) {
                index.state.put(NESTED_KNOWN, Boolean.TRUE);
                index.nestedKnown = true;
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
        if (keys.nested() && !nested) {
            nested = true;
            state.put(NESTED, Boolean.TRUE);
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
        long entries = unindexedEntries();
        for (Object[] prefix : plan.prefixes()) {
            Walk walk = bounds(prefix, plan.range());
            entries += countBetween(walk.from(), walk.to());
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
        entriesIn(bounds(prefix, range), false).forEachRemaining(entry -> positions.add(entry[entry.length - 1]));
    }

    /**
     * The entries under a key prefix, narrowed by a range on the next path if there is one: between
     * two seek keys, which are never stored, so whether a bound is inclusive does not matter.
     */
    private static Walk bounds(Object[] prefix, IndexPlan.Range range) {
        if (range == null) {
            return new Walk(prefix, entry(prefix, AFTER_ALL), prefix.length);
        }
        Object[] to = range.high() == null ? entry(prefix, new IndexValue.TypeStart(range.rank() + 1))
                : entry(entry(prefix, range.high()), AFTER_ALL);
        return new Walk(entry(prefix, range.start()), to, prefix.length);
    }

    /** The entries between a walk's bounds, in ascending or descending order. */
    private Iterator<Object[]> entriesIn(Walk walk, boolean descending) {
        return descending ? entries.cursor(walk.to(), walk.from(), true) : entries.cursor(walk.from(), walk.to(), false);
    }

    /**
     * How many entries a walk in the sort's order would read, or -1 if this index cannot give that
     * order: see {@link #positionsInOrder}.
     */
    long entriesInOrder(Document query, IndexSort sort) {
        Walk walk = orderedWalk(query, sort);
        return walk == null ? -1 : countBetween(walk.from(), walk.to());
    }

    /**
     * The positions of every document the query may match in the sort's order, read lazily so that a
     * limit ends the read early. Only where the entries give exactly the server's order: a single-valued
     * (not multikey) index, one equality prefix (no $in; none at all walks the whole index), the sort
     * field the next path, no document
     * left unindexed, and no value under the prefix stored as opaque text. Documents with equal sort
     * values follow each other by the sort's tie-break.
     */
    Iterator<Object> positionsInOrder(Document query, IndexSort sort) {
        Walk walk = orderedWalk(query, sort);
        if (walk == null) {
            throw new IllegalStateException("index " + getName() + " cannot give the order " + sort);
        }
        ORDERED_WALKS.incrementAndGet();
        return new OrderedPositions(walk, sort);
    }

    /** Entries between two seek keys, the first {@code path} components fixed, so sorted on component {@code path}. */
    private record Walk(Object[] from, Object[] to, int path) {
    }

    private Walk orderedWalk(Document query, IndexSort sort) {
        if (multikey) {
            return null;
        }
        IndexPlan plan = IndexPlan.of(query, paths, false, this::entriesUnder);
        if (plan == null) {
            plan = new IndexPlan(List.<Object[]>of(new Object[0]), null); // no condition to narrow it: the whole index, in order
        }
        if (plan.prefixes().size() != 1) {
            return null;
        }
        Object[] prefix = plan.prefixes().get(0);
        int path = prefix.length;
        if (path >= paths.size() || !paths.get(path).equals(sort.field()) || unindexedEntries() > 0) {
            return null;
        }
        for (int rank : IndexValue.OPAQUE_RANKS) {
            if (countBetween(entry(prefix, new IndexValue.TypeStart(rank)), entry(prefix, new IndexValue.TypeStart(rank + 1))) > 0) {
                return null;
            }
        }
        return bounds(prefix, plan.range());
    }

    private long unindexedEntries() {
        Walk unindexed = bounds(new Object[] {IndexValue.Marker.UNINDEXED}, null);
        return countBetween(unindexed.from(), unindexed.to());
    }

    /** A walk's positions, one run of equal sort values at a time, each run in the tie-break's order. */
    private final class OrderedPositions implements Iterator<Object> {
        private final Walk walk;
        private final IndexSort sort;
        private final Iterator<Object[]> keys;
        private final ArrayDeque<Object> run = new ArrayDeque<>();
        private Object[] next;

        OrderedPositions(Walk walk, IndexSort sort) {
            this.walk = walk;
            this.sort = sort;
            this.keys = entriesIn(walk, sort.descending());
            this.next = read();
        }

        /** The next entry of the walk, or null at its end. */
        private Object[] read() {
            if (!keys.hasNext()) {
                return null;
            }
            ENTRIES_WALKED.incrementAndGet();
            return keys.next();
        }

        @Override
        public boolean hasNext() {
            if (run.isEmpty() && next != null) {
                List<Object> positions = new ArrayList<>();
                Object value = next[walk.path()];
                while (next != null && IndexValue.compare(next[walk.path()], value) == 0) {
                    positions.add(next[next.length - 1]);
                    next = read();
                }
                positions.sort(sort.tieBreak());
                run.addAll(positions);
            }
            return !run.isEmpty();
        }

        @Override
        public Object next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return run.poll();
        }
    }

    /**
     * The positions (ids) of the documents a query of plain equalities on this index's single path
     * matches, read from the entries alone, in the collection's order; null for a query of any other
     * form, on a dotted path (arrays on the way), once a key came from an array inside an array, or when the
     * index was built before that was recorded (such an index keeps answering through documents). Each
     * equality's documents are then exactly the entries under its value (on a multikey path, an element
     * equal to it), so a conjunction of them ({terms: 心脑} and {terms: 血管}) is the intersection of
     * those entries, smallest first.
     */
    List<Object> idsOfEqualities(Document query) {
        List<Object> values = new ArrayList<>();
        if (paths.size() != 1 || paths.get(0).contains(".") || nested || !nestedKnown || !collectEqualities(query, paths.get(0), values)
                || values.isEmpty() || unindexedEntries() > 0) {
            return null;
        }
        values.sort(Comparator.comparingLong(v -> entriesUnder(new Object[] {v})));
        Set<Object> result = null;
        for (Object value : values) {
            Set<Object> positions = new TreeSet<>(documents.getKeyType()::compare);
            Iterator<Object[]> keys = entriesIn(bounds(new Object[] {value}, null), false);
            while (keys.hasNext()) {
                Object[] entry = keys.next();
                Object position = entry[entry.length - 1];
                if (result == null || result.contains(position)) {
                    positions.add(position);
                }
            }
            result = positions;
            if (result.isEmpty()) {
                break;
            }
        }
        COVERED_FINDS.incrementAndGet();
        return new ArrayList<>(result);
    }

    /** The canonical values of {path: v}, {path: {$eq: v}} and $and of them; false for anything else or a value not looked up by. */
    private static boolean collectEqualities(Document query, String path, List<Object> values) {
        for (var condition : query.entrySet()) {
            if (condition.getKey().equals("$and") && condition.getValue() instanceof Collection<?> clauses && !clauses.isEmpty()) {
                for (Object clause : clauses) {
                    if (!(clause instanceof Document d) || !collectEqualities(d, path, values)) {
                        return false;
                    }
                }
                continue;
            }
            Object value = condition.getValue();
            if (value instanceof Document operators && operators.size() == 1 && operators.containsKey("$eq")) {
                value = operators.get("$eq");
            }
            boolean plain = value instanceof String || value instanceof Number || value instanceof Boolean;
            if (!condition.getKey().equals(path) || !plain || !IndexValue.isQueryable(IndexValue.canonical(value))) {
                return false;
            }
            values.add(IndexValue.canonical(value));
        }
        return true;
    }

    /**
     * True if {@link #coveredCount} may count the query: unless no plan narrows it ({@link #entriesToRead}
     * says -1) or it meets a value stored as opaque text.
     */
    boolean canCount(Document query) {
        return !multikey && CoveredQuery.isCovered(query, paths) && unindexedEntries() == 0;
    }

    /**
     * How many documents match the query, judged on the index entries alone without reading a
     * document; -1 when the entries cannot tell. They can when the index is single-valued, holds every
     * document, and has every field the query names (no dotted paths), each compared by value only
     * ({@link CoveredQuery}): an entry's values, as a document, then match as the document would. A
     * field that is missing and one that is null are alike to such operators, as they are in an entry.
     */
    long coveredCount(Document query, BiPredicate<Document, Document> matches) {
        if (!canCount(query)) {
            return -1;
        }
        IndexPlan plan = IndexPlan.of(query, paths, false, this::entriesUnder);
        if (plan == null) {
            return -1;
        }
        long count = 0;
        for (Object[] prefix : plan.prefixes()) {
            Iterator<Object[]> keys = entriesIn(bounds(prefix, plan.range()), false);
            while (keys.hasNext()) {
                Object[] entry = keys.next();
                Document values = new Document();
                for (int i = 0; i < paths.size(); i++) {
                    if (entry[i] instanceof IndexValue.Opaque) {
                        return -1;
                    }
                    values.put(paths.get(i), entry[i]);
                }
                if (matches.test(values, query)) {
                    count++;
                }
            }
        }
        COVERED_COUNTS.incrementAndGet();
        return count;
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
