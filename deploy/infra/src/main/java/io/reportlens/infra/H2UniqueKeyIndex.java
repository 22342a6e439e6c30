package io.reportlens.infra;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map.Entry;
import java.util.stream.StreamSupport;

/**
 * A unique index (every collection's {@code _id_}, and any index declared unique) on the key type of the
 * secondary indexes ({@link IndexEntryType}): keys are written as their values and compared value by value.
 *
 * <p>The library's own unique index keeps Java-serialized {@code KeyValue} keys, which H2 can only order by
 * serializing both sides of every comparison: a fifth of the store's CPU on a report's write. Its map of an
 * existing store is replaced, once, by this one, built from the documents when the store is opened.
 */
final class H2UniqueKeyIndex extends AbstractUniqueIndex<Object> {

    private final MVMap<Object[], Object> entries;

    private H2UniqueKeyIndex(MVMap<Object[], Object> entries, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.entries = entries;
    }

    /** Opens the index kept in {@code mapName}, building it from {@code documents} when it is missing. */
    static H2UniqueKeyIndex open(MVStore store, String mapName, String name, List<IndexKey> keys, boolean sparse,
                                 MVMap<Object, Document> documents) {
        boolean missing = !store.hasMap(mapName);
        MVMap<Object[], Object> map = store.openMap(mapName, new MVMap.Builder<Object[], Object>().keyType(IndexEntryType.INSTANCE));
        H2UniqueKeyIndex index = new H2UniqueKeyIndex(map, name, keys, sparse);
        if (missing) {
            for (Entry<Object, Document> document : documents.entrySet()) {
                index.addBuilt(document.getValue(), document.getKey());
            }
        }
        return index;
    }

    private void addBuilt(Document document, Object position) {
        if (isSparse() && keys().stream().allMatch(key -> Utils.getSubdocumentValue(document, key) instanceof Missing)) {
            return;
        }
        for (KeyValue key : getKeyValues(document)) {
            putKeyPosition(key, position);
        }
    }

    private static Object[] entry(KeyValue key) {
        Object[] entry = new Object[key.size()];
        for (int i = 0; i < entry.length; i++) {
            entry[i] = IndexValue.canonical(key.get(i));
        }
        return entry;
    }

    @Override
    protected Object removeDocument(KeyValue keyValue) {
        return entries.remove(entry(keyValue));
    }

    @Override
    protected boolean putKeyPosition(KeyValue keyValue, Object position) {
        return entries.putIfAbsent(entry(keyValue), Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Entry<KeyValue, Object>> getIterable() {
        return () -> StreamSupport.stream(entries.entrySet().spliterator(), false)
                .map(e -> (Entry<KeyValue, Object>) new AbstractMap.SimpleImmutableEntry<>(new KeyValue(Arrays.asList(e.getKey())), e.getValue()))
                .iterator();
    }

    @Override
    protected Object getPosition(KeyValue keyValue) {
        return entries.get(entry(keyValue));
    }

    @Override
    public long getCount() {
        return entries.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }
}
