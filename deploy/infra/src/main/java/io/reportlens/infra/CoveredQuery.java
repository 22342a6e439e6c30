package io.reportlens.infra;

import de.bwaldvogel.mongo.bson.Document;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Whether a query can be judged on an index's key values alone: every field it names is one of the
 * index's paths (not dotted), and every condition compares values (equality, inequality, ranges, $in,
 * $nin) with plain scalars, to which a missing field and a null one are alike, as they are in an
 * entry. $exists, $type, embedded documents, arrays, patterns and $or leave the query to the documents.
 */
final class CoveredQuery {

    private static final Set<String> OPERATORS = Set.of("$eq", "$ne", "$gt", "$gte", "$lt", "$lte", "$in", "$nin");

    private CoveredQuery() {
    }

    static boolean isCovered(Document query, List<String> paths) {
        for (var condition : query.entrySet()) {
            String field = condition.getKey();
            Object value = condition.getValue();
            if (field.equals("$and") && value instanceof Collection<?> clauses && !clauses.isEmpty()) {
                for (Object clause : clauses) {
                    if (!(clause instanceof Document d) || !isCovered(d, paths)) {
                        return false;
                    }
                }
            } else if (field.startsWith("$") || field.contains(".") || !paths.contains(field) || !comparesValues(value)) {
                return false;
            }
        }
        return true;
    }

    private static boolean comparesValues(Object condition) {
        if (!(condition instanceof Document operators)) {
            return isScalar(condition);
        }
        if (operators.isEmpty()) {
            return false;
        }
        for (var operator : operators.entrySet()) {
            String name = operator.getKey();
            Object operand = operator.getValue();
            if (!OPERATORS.contains(name)) {
                return false;
            }
            boolean list = name.equals("$in") || name.equals("$nin");
            if (list ? !(operand instanceof Collection<?> values) || !values.stream().allMatch(CoveredQuery::isScalar)
                    : !isScalar(operand)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isScalar(Object value) {
        return value == null || value instanceof Number || value instanceof String || value instanceof Boolean;
    }
}
