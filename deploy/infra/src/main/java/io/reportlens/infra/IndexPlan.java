package io.reportlens.infra;

import de.bwaldvogel.mongo.bson.Document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToLongFunction;

/**
 * What part of a query an index over some paths can answer: equality ($eq, $in or a plain value) on
 * a prefix of its paths, then at most one range ($gt, $gte, $lt, $lte) on the next path.
 *
 * <p>The server re-checks every document an index returns against the whole query, so a plan only
 * has to find a superset of the matches. Everything else in the query is a further condition it may
 * ignore: other fields, $or, $nor, $expr (but not other operators beside these on the same field,
 * see {@link #isOperators}). Bounds are always taken inclusively. On a multikey index, two bounds on
 * a path may be met by different elements of one array, so only one bound is used there. A query with no usable condition on the first path gets no plan, and the
 * server scans the collection.
 */
record IndexPlan(List<Object[]> prefixes, Range range) {

    /** A product of $in lists beyond this many prefixes uses fewer paths. */
    static final int MAX_PREFIXES = 10_000;

    /** Values of one type between two inclusive bounds; a missing bound is open up to the type's edge. */
    record Range(int rank, Object low, Object high) {
        boolean contains(Object value) {
            return IndexValue.rank(value) == rank
                    && (low == null || IndexValue.compare(value, low) >= 0)
                    && (high == null || IndexValue.compare(value, high) <= 0);
        }

        Object start() {
            return low != null ? low : new IndexValue.TypeStart(rank);
        }
    }

    static IndexPlan of(Document query, List<String> paths, boolean multikey) {
        return of(query, paths, multikey, prefix -> 0);
    }

    /**
     * @param entriesUnder how many index entries start with a key prefix: where several conditions
     *                     constrain a path alike (terms = 测试 and terms = 心脑), the plan takes the one
     *                     that reads the fewest, as a real MongoDB's plan race would
     */
    static IndexPlan of(Document query, List<String> paths, boolean multikey, ToLongFunction<Object[]> entriesUnder) {
        Map<String, List<Object>> conditions = new LinkedHashMap<>();
        collectConjuncts(query, conditions);
        List<Object[]> prefixes = new ArrayList<>();
        prefixes.add(new Object[0]);
        Range range = null;
        for (String path : paths) {
            List<Object> onPath = conditions.getOrDefault(path, List.of());
            Set<Object> equal = cheapest(prefixes, equalities(onPath), entriesUnder);
            if (equal != null) {
                if ((long) prefixes.size() * equal.size() > MAX_PREFIXES) {
                    break;
                }
                prefixes = extend(prefixes, equal);
                continue;
            }
            range = range(onPath, multikey);
            break;
        }
        if (range == null && prefixes.size() == 1 && prefixes.get(0).length == 0) {
            return null;
        }
        return new IndexPlan(prefixes, range);
    }

    /** Fields with their conditions, from the query and its nested $and clauses (each a conjunct). */
    private static void collectConjuncts(Document query, Map<String, List<Object>> conditions) {
        query.forEach((key, value) -> {
            if (key.equals("$and") && value instanceof Collection<?> clauses) {
                clauses.stream().filter(Document.class::isInstance).forEach(clause -> collectConjuncts((Document) clause, conditions));
            } else if (!key.startsWith("$")) {
                conditions.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
        });
    }

    /** Of the value sets the path must equal, the one whose lookups read the fewest entries; null if none. */
    private static Set<Object> cheapest(List<Object[]> prefixes, List<Set<Object>> candidates, ToLongFunction<Object[]> entriesUnder) {
        Set<Object> best = null;
        long bestEntries = Long.MAX_VALUE;
        for (Set<Object> values : candidates) {
            long entries = 0;
            if ((long) prefixes.size() * values.size() > MAX_PREFIXES) {
                entries = Long.MAX_VALUE / 2; // too many lookups to count first; the plan stops before this path
            } else {
                for (Object[] prefix : extend(prefixes, values)) {
                    entries += entriesUnder.applyAsLong(prefix);
                }
            }
            if (best == null || entries < bestEntries || entries == bestEntries && values.size() < best.size()) {
                best = values;
                bestEntries = entries;
            }
        }
        return best;
    }

    /** Every set of values a condition says the path must equal (one per condition). */
    private static List<Set<Object>> equalities(List<Object> conditions) {
        List<Set<Object>> all = new ArrayList<>();
        for (Object condition : conditions) {
            Set<Object> values = null;
            if (isOperators(condition)) {
                Document operators = (Document) condition;
                if (operators.containsKey("$eq")) {
                    values = queryable(Collections.singletonList(operators.get("$eq")));
                }
                if (values == null && operators.get("$in") instanceof Collection<?> in) {
                    values = queryable(in);
                }
            } else if (!isOperatorDocument(condition)) {
                values = queryable(Collections.singletonList(condition));
            }
            if (values != null) {
                all.add(values);
            }
        }
        return all;
    }

    private static Range range(List<Object> conditions, boolean multikey) {
        List<Object> lows = new ArrayList<>();
        List<Object> highs = new ArrayList<>();
        for (Object condition : conditions) {
            if (isOperators(condition)) {
                Document operators = (Document) condition;
                for (String op : List.of("$gt", "$gte")) {
                    bound(operators, op).ifPresent(lows::add);
                }
                for (String op : List.of("$lt", "$lte")) {
                    bound(operators, op).ifPresent(highs::add);
                }
            }
        }
        if (lows.isEmpty() && highs.isEmpty()) {
            return null;
        }
        int rank = IndexValue.rank(lows.isEmpty() ? highs.get(0) : lows.get(0));
        if (multikey) {
            return lows.isEmpty() ? new Range(rank, null, highs.get(0)) : new Range(rank, lows.get(0), null);
        }
        // One value per document: every bound of the chosen type applies to it, so the tightest pair does.
        Object low = lows.stream().filter(v -> IndexValue.rank(v) == rank).max(IndexValue.ORDER).orElse(null);
        Object high = highs.stream().filter(v -> IndexValue.rank(v) == rank).min(IndexValue.ORDER).orElse(null);
        return new Range(rank, low, high);
    }

    private static Optional<Object> bound(Document operators, String op) {
        if (!operators.containsKey(op)) {
            return Optional.empty();
        }
        Object value = IndexValue.canonical(operators.get(op));
        return IndexValue.isQueryable(value) ? Optional.of(value) : Optional.empty();
    }

    /**
     * True for an operator document of equality and range operators only. With any other operator
     * beside them the server's matcher may ignore the rest (on an array it reads only $ne, $nin or
     * $all), so such a condition is left to it whole.
     */
    private static boolean isOperators(Object condition) {
        return isOperatorDocument(condition) && USABLE_OPERATORS.containsAll(((Document) condition).keySet());
    }

    /** As the matcher reads a condition: operators if its first key is one, else a value to equal. */
    private static boolean isOperatorDocument(Object condition) {
        return condition instanceof Document d && !d.isEmpty() && d.keySet().iterator().next().startsWith("$");
    }

    private static final Set<String> USABLE_OPERATORS = Set.of("$eq", "$in", "$gt", "$gte", "$lt", "$lte");

    /**
     * The canonical values, or null if any of them cannot be looked up (arrays, documents, patterns).
     * Null can: a document whose field is missing or null, or holds an array with a null, has a null
     * key (see {@link DocumentKeys}).
     */
    private static Set<Object> queryable(Collection<?> raw) {
        Set<Object> values = new TreeSet<>(IndexValue.ORDER);
        for (Object value : raw) {
            Object canonical = IndexValue.canonical(value);
            if (canonical != null && !IndexValue.isQueryable(canonical)) {
                return null;
            }
            values.add(canonical);
        }
        return values;
    }

    private static List<Object[]> extend(List<Object[]> prefixes, Set<Object> values) {
        List<Object[]> extended = new ArrayList<>(prefixes.size() * values.size());
        for (Object[] prefix : prefixes) {
            for (Object value : values) {
                Object[] longer = Arrays.copyOf(prefix, prefix.length + 1);
                longer[prefix.length] = value;
                extended.add(longer);
            }
        }
        return extended;
    }
}
