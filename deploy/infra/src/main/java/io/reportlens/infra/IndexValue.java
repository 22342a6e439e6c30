package io.reportlens.infra;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;

/**
 * One component of a secondary-index key: how a document's value is stored and how stored values
 * are ordered. Values sort by BSON type first, in MongoDB's comparison order, and within a type by
 * the server's own {@link ValueComparator}, the comparator its query matcher uses for $gt/$lt; so a
 * range of one type is one contiguous run of the index.
 *
 * <p>Values no query is answered from (embedded documents, nested arrays, regular expressions, types
 * the comparator cannot order) are stored as {@link Opaque} text: ordered, so the tree stays
 * consistent and an entry is found again on removal, but never looked up.
 */
final class IndexValue {

    /** Stored as the only key component of a document the index cannot describe; sorts first. */
    enum Marker { UNINDEXED }

    /** A stored stand-in for a value that is never looked up. */
    record Opaque(int rank, String text) implements Serializable {
    }

    /** A seek key only, never stored: sorts before every value of its type. */
    record TypeStart(int rank) {
    }

    private static final int MARKER = -1;
    private static final int MIN_KEY = 0;
    private static final int NULL = 1;
    private static final int NUMBER = 2;
    private static final int STRING = 3;
    private static final int DOCUMENT = 4;
    private static final int ARRAY = 5;
    private static final int BIN_DATA = 6;
    private static final int LEGACY_UUID = 7;
    private static final int UUID_RANK = 8;
    private static final int OBJECT_ID = 9;
    private static final int BOOLEAN = 10;
    private static final int DATE = 11;
    private static final int TIMESTAMP = 12;
    private static final int REGEX = 13;
    private static final int MAX_KEY = 14;
    private static final int OTHER = 15;

    /** The types a query value may have for the index to answer it: ordered by value, equal when the matcher says so. */
    private static final Set<Integer> QUERYABLE = Set.of(NUMBER, STRING, BIN_DATA, LEGACY_UUID, UUID_RANK, OBJECT_ID, BOOLEAN, DATE, TIMESTAMP);

    static final Comparator<Object> ORDER = IndexValue::compare;

    /** The ranks stored as {@link Opaque} text: ordered among themselves otherwise than the server sorts them. */
    static final int[] OPAQUE_RANKS = {DOCUMENT, ARRAY, REGEX, OTHER};
    private static final double INT_RANGE = 2147483648.0;

    private IndexValue() {
    }

    /** The stored form of a document's (or query's) value. Numbers become doubles, as the matcher compares them. */
    static Object canonical(Object value) {
        if (value == null || value instanceof Missing) {
            return null;
        }
        if (value instanceof Number number) {
            if (number instanceof Long l && l != (long) l.doubleValue()) {
                return l;
            }
            double d = number.doubleValue();
            return d == 0.0 ? 0.0 : d; // -0.0 equals 0.0
        }
        int rank = rank(value);
        if (rank == DOCUMENT || rank == ARRAY || rank == REGEX || rank == OTHER) {
            return new Opaque(rank, text(value));
        }
        return value;
    }

    /** True if a query's value can be looked up: a non-null scalar the index orders by value. */
    static boolean isQueryable(Object canonical) {
        return canonical != null && QUERYABLE.contains(rank(canonical));
    }

    static int rank(Object value) {
        if (value == null || value instanceof Missing) {
            return NULL;
        }
        if (value instanceof Marker) {
            return MARKER;
        }
        if (value instanceof Opaque o) {
            return o.rank();
        }
        if (value instanceof TypeStart t) {
            return t.rank();
        }
        if (value instanceof MinKey) {
            return MIN_KEY;
        }
        if (value instanceof Number) {
            return NUMBER;
        }
        if (value instanceof String) {
            return STRING;
        }
        if (value instanceof Document) {
            return DOCUMENT;
        }
        if (value instanceof Collection) {
            return ARRAY;
        }
        if (value instanceof BinData) {
            return BIN_DATA;
        }
        if (value instanceof LegacyUUID) {
            return LEGACY_UUID;
        }
        if (value instanceof UUID) {
            return UUID_RANK;
        }
        if (value instanceof ObjectId) {
            return OBJECT_ID;
        }
        if (value instanceof Boolean) {
            return BOOLEAN;
        }
        if (value instanceof Instant) {
            return DATE;
        }
        if (value instanceof BsonTimestamp) {
            return TIMESTAMP;
        }
        if (value instanceof BsonRegularExpression) {
            return REGEX;
        }
        if (value instanceof MaxKey) {
            return MAX_KEY;
        }
        return OTHER;
    }

    static int compare(Object a, Object b) {
        // the common keys first, ordered exactly as ValueComparator orders them, without its type dispatch
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        if (a instanceof Double x && b instanceof Double y && Math.abs(x) < INT_RANGE && Math.abs(y) < INT_RANGE) {
            return x.doubleValue() == y.doubleValue() ? 0 : Double.compare(x, y); // as longs only beyond the int range
        }
        int rankA = rank(a);
        int rankB = rank(b);
        if (rankA != rankB) {
            return Integer.compare(rankA, rankB);
        }
        boolean startA = a instanceof TypeStart;
        boolean startB = b instanceof TypeStart;
        if (startA || startB) {
            return startA == startB ? 0 : startA ? -1 : 1;
        }
        return switch (rankA) {
            case MARKER, MIN_KEY, NULL, MAX_KEY -> 0;
            case DOCUMENT, ARRAY, REGEX, OTHER -> text(a).compareTo(text(b));
            default -> ValueComparator.asc().compare(a, b);
        };
    }

    private static String text(Object value) {
        if (value instanceof Opaque o) {
            return o.text();
        }
        return value.getClass().getName() + ":" + value;
    }
}
