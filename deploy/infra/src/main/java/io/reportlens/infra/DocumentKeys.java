package io.reportlens.infra;

import de.bwaldvogel.mongo.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The keys a document has in an index over some paths: every combination of the values found at
 * each path, as the server's query matcher walks it. An array at the end of a path gives one key per
 * element (multikey), and one per element of an array inside it; an array on the way gives the
 * values of each of its documents; a missing field or an empty array gives null. A path the matcher
 * would read positionally ("a.0" through an array), or a document with too many combinations, gets
 * the single key {@link IndexValue.Marker#UNINDEXED}: such documents are returned by every lookup
 * and left to the matcher.
 */
record DocumentKeys(Set<Object[]> keys, boolean multikey, boolean nested) {

    /** Beyond this many keys per document (parallel arrays) the document is left to the matcher. */
    static final int MAX_KEYS = 1000;

    static DocumentKeys of(Document document, List<String> paths) {
        Walk walk = new Walk();
        List<List<Object>> valuesPerPath = new ArrayList<>(paths.size());
        long combinations = 1;
        for (String path : paths) {
            List<Object> values = new ArrayList<>();
            if (!walk.collect(document, List.of(path.split("\\.", -1)), 0, values)) {
                return unindexed(walk.multikey, walk.nested);
            }
            valuesPerPath.add(values);
            combinations *= values.size();
            if (combinations > MAX_KEYS) {
                return unindexed(true, walk.nested);
            }
        }
        Set<Object[]> keys = new TreeSet<>(IndexEntryType.INSTANCE::compare);
        combine(valuesPerPath, 0, new Object[paths.size()], keys);
        return new DocumentKeys(keys, walk.multikey, walk.nested);
    }

    private static DocumentKeys unindexed(boolean multikey, boolean nested) {
        Set<Object[]> keys = new TreeSet<>(IndexEntryType.INSTANCE::compare);
        keys.add(new Object[] {IndexValue.Marker.UNINDEXED});
        return new DocumentKeys(keys, multikey, nested);
    }

    private static void combine(List<List<Object>> valuesPerPath, int path, Object[] key, Set<Object[]> keys) {
        if (path == valuesPerPath.size()) {
            keys.add(key.clone());
            return;
        }
        for (Object value : valuesPerPath.get(path)) {
            key[path] = value;
            combine(valuesPerPath, path + 1, key, keys);
        }
    }

    private static final class Walk {
        boolean multikey;
        /** Keys taken from an array inside an array: the matcher's $in reaches them, its equality does not. */
        boolean nested;

        /** Adds the values at fragments[i..] under node; false if the path cannot be described. */
        boolean collect(Object node, List<String> fragments, int i, List<Object> out) {
            if (i == fragments.size()) {
                if (node instanceof List<?> list) {
                    multikey = true;
                    if (list.isEmpty()) {
                        out.add(null);
                    }
                    for (Object element : list) {
                        out.add(IndexValue.canonical(element));
                        if (element instanceof List<?> inner) {
                            // the matcher's $in looks one array deeper
                            nested = true;
                            inner.forEach(value -> out.add(IndexValue.canonical(value)));
                        }
                    }
                } else {
                    out.add(IndexValue.canonical(node));
                }
                return true;
            }
            if (node instanceof List<?> list) {
                multikey = true;
                if (fragments.get(i).chars().allMatch(Character::isDigit)) {
                    return false; // positional: the matcher reads one element, perhaps a scalar one
                }
                if (list.isEmpty()) {
                    out.add(null);
                }
                for (Object element : list) {
                    if (element instanceof Document || element instanceof List) {
                        if (!collect(element, fragments, i, out)) {
                            return false;
                        }
                    } else {
                        out.add(null);
                    }
                }
                return true;
            }
            if (node instanceof Document document) {
                return collect(document.getOrMissing(fragments.get(i)), fragments, i + 1, out);
            }
            out.add(null);
            return true;
        }
    }
}
