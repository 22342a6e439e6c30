package io.reportlens.query.service;

import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.Comparator;

import java.util.Set;

/** A sort order given as {@code field} (ascending) or {@code -field} (descending), ties broken by id. */
public record Sorting(String field, boolean descending) {

    public static Sorting parse(String value, Set<String> allowed, String fallback) {
        String spec = value == null || value.isBlank() ? fallback : value.trim();
        boolean descending = spec.startsWith("-");
        String field = descending || spec.startsWith("+") ? spec.substring(1) : spec;
        if (!allowed.contains(field)) {
            throw new BadParameterException("sort", "unknown sort field '" + field + "'; allowed: "
                    + String.join(", ", allowed.stream().sorted().toList()) + " (prefix - for descending)");
        }
        return new Sorting(field, descending);
    }

    /** The same order in memory: nulls first ascending (last descending), as MongoDB sorts them. */
    public Comparator<Document> comparator() {
        Comparator<Document> byField = Comparator.comparing((Document d) -> d.get(field),
                Comparator.nullsFirst(Sorting::compareValues));
        return (descending ? byField.reversed() : byField).thenComparing(d -> d.getString("_id"));
    }

    private static int compareValues(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        return a.toString().compareTo(b.toString());
    }

    public Bson bson() {
        return Sorts.orderBy(descending ? Sorts.descending(field) : Sorts.ascending(field), Sorts.ascending("_id"));
    }
}
