package io.reportlens.query.service;

import org.bson.Document;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;

/** The in-memory twin of {@link Conditions}, for a report's own children read through its id lists. */
final class Matching {

    private Matching() {
    }

    /** Conditions.visible on a stored document: superseded ones only when asked for. */
    static boolean visible(Document d, boolean includeSuperseded) {
        return includeSuperseded || !d.getBoolean("superseded", false);
    }

    static boolean eq(Document d, String field, Object value) {
        if (value == null) {
            return true;
        }
        Object actual = d.get(field);
        if (actual instanceof Number a && value instanceof Number v) {
            return a.doubleValue() == v.doubleValue();
        }
        return Objects.equals(actual, value);
    }

    static boolean between(Document d, String field, Comparable<?> low, Comparable<?> high) {
        Object actual = d.get(field);
        if (low == null && high == null) {
            return true;
        }
        if (actual == null) {
            return false;
        }
        return (low == null || compare(actual, low) >= 0) && (high == null || compare(actual, high) <= 0);
    }

    static boolean contains(Document d, String field, String text) {
        if (text == null || text.isEmpty()) {
            return true;
        }
        String actual = d.getString(field);
        return actual != null && actual.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }

    static boolean regionCode(Document d, String field, String code) {
        if (code == null) {
            return true;
        }
        String[] range = RegionCodes.range(code);
        return between(d, field, range[0], range[1]);
    }

    static boolean idIn(Document d, Collection<String> ids) {
        return ids == null || ids.contains(d.getString("_id"));
    }

    private static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        return a.toString().compareTo(b.toString());
    }
}
