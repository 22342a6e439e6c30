package io.reportlens.query.service;

import com.mongodb.client.model.Filters;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Builds a filter from typed conditions only: every value is passed as a value, never as query text,
 * and substring matches are escaped literal patterns, so no parameter can inject an operator.
 */
final class Conditions {

    private static final Pattern REGEX_SPECIAL = Pattern.compile("[\\\\^$.|?*+()\\[\\]{}]");
    private final List<Bson> all = new ArrayList<>();

    Conditions eq(String field, Object value) {
        if (value != null) {
            all.add(Filters.eq(field, value));
        }
        return this;
    }

    Conditions gte(String field, Object value) {
        if (value != null) {
            all.add(Filters.gte(field, value));
        }
        return this;
    }

    Conditions lte(String field, Object value) {
        if (value != null) {
            all.add(Filters.lte(field, value));
        }
        return this;
    }

    /** Case-insensitive substring match of the literal text. */
    Conditions contains(String field, String text) {
        if (text != null && !text.isEmpty()) {
            all.add(Filters.regex(field, literal(text), "i"));
        }
        return this;
    }

    /** A region code and everything under it (a province's or prefecture's range). */
    Conditions regionCode(String field, String code) {
        if (code != null) {
            String[] range = RegionCodes.range(code);
            all.add(range[0].equals(range[1]) ? Filters.eq(field, code)
                    : Filters.and(Filters.gte(field, range[0]), Filters.lte(field, range[1])));
        }
        return this;
    }

    Conditions visible(boolean includeSuperseded) {
        if (!includeSuperseded) {
            all.add(Filters.ne("superseded", true));
        }
        return this;
    }

    Conditions idIn(List<String> ids) {
        if (ids != null) {
            all.add(Filters.in("_id", ids));
        }
        return this;
    }

    Bson bson() {
        return all.isEmpty() ? Filters.empty() : Filters.and(all);
    }

    static String literal(String text) {
        return REGEX_SPECIAL.matcher(text).replaceAll("\\\\$0");
    }
}
