package io.reportlens.query.service;

import com.mongodb.client.model.Sorts;
import org.bson.conversions.Bson;

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

    public Bson bson() {
        return Sorts.orderBy(descending ? Sorts.descending(field) : Sorts.ascending(field), Sorts.ascending("_id"));
    }
}
