package io.reportlens.infra;

import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;

import java.util.Comparator;
import java.util.Iterator;

/**
 * A sort an index can give by walking its entries: one field, optionally followed by {@code _id} as
 * the tie-break (the shape the API's sorts take). A sort of any other shape is left to the server,
 * which sorts in memory.
 *
 * @param field       the sorted field, which must be the index path right after the query's equality prefix
 * @param descending  the field's direction
 * @param tieBreak    how documents with equal values follow each other: by {@code _id} when the sort
 *                    names it, else in the collection's own order (the server's sort is stable over it)
 */
record IndexSort(String field, boolean descending, Comparator<Object> tieBreak) {

    private static final String ID = "_id";

    /** The sort, or null when it has another shape. */
    static IndexSort of(Document orderBy, Comparator<Object> collectionOrder) {
        if (orderBy == null || orderBy.isEmpty() || orderBy.size() > 2) {
            return null;
        }
        Iterator<String> keys = orderBy.keySet().iterator();
        String field = keys.next();
        Integer direction = direction(orderBy.get(field));
        if (field.equals(ID) || field.startsWith("$") || direction == null) {
            return null;
        }
        Comparator<Object> tieBreak = collectionOrder;
        if (keys.hasNext()) {
            String second = keys.next();
            Integer idDirection = direction(orderBy.get(second));
            if (!second.equals(ID) || idDirection == null) {
                return null;
            }
            tieBreak = idDirection > 0 ? ValueComparator.asc() : ValueComparator.desc();
        }
        return new IndexSort(field, direction < 0, tieBreak);
    }

    private static Integer direction(Object value) {
        if (value instanceof Number n && (n.intValue() == 1 || n.intValue() == -1) && n.doubleValue() == n.intValue()) {
            return n.intValue();
        }
        return null;
    }
}
