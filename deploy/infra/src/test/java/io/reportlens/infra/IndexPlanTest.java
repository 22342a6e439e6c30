package io.reportlens.infra;

import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which queries an index answers, and with what: the cases the property test cannot see from outside. */
class IndexPlanTest {

    private static final List<String> A_B = List.of("a", "b");

    @Test
    void equalityOnAPrefixThenARangeOnTheNextPath() {
        IndexPlan plan = IndexPlan.of(new Document("a", "x").append("b", new Document("$gt", 2).append("$lte", 5L)), A_B, false);
        assertEquals(List.of(List.of("x")), prefixes(plan));
        assertEquals(new IndexPlan.Range(IndexValue.rank(1.0), 2.0, 5.0), plan.range());
    }

    @Test
    void inListsMultiplyAndAndClausesCount() {
        IndexPlan plan = IndexPlan.of(new Document("$and", List.of(new Document("a", new Document("$in", List.of(2, 1))),
                new Document("b", 3))), A_B, false);
        assertEquals(List.of(List.of(1.0, 3.0), List.of(2.0, 3.0)), prefixes(plan));
        assertNull(plan.range());
    }

    @Test
    void aMultikeyIndexUsesOneBoundOnly() {
        Document query = new Document("$and", List.of(new Document("a", new Document("$gt", 1)), new Document("a", new Document("$lt", 0))));
        assertEquals(new IndexPlan.Range(IndexValue.rank(1.0), 1.0, null), IndexPlan.of(query, A_B, true).range());
        assertEquals(new IndexPlan.Range(IndexValue.rank(1.0), 1.0, 0.0), IndexPlan.of(query, A_B, false).range());
    }

    @Test
    void nullIsLookedUpLikeAnyValueButIsNoBound() {
        assertEquals(List.of(Arrays.asList((Object) null)), prefixes(IndexPlan.of(new Document("a", null), A_B, false)));
        assertEquals(List.of(Arrays.asList((Object) null), List.of(1.0)),
                prefixes(IndexPlan.of(new Document("a", new Document("$in", Arrays.asList(1, null))), A_B, false)));
    }

    @Test
    void otherConditionsAreLeftToTheMatcher() {
        assertNotNull(IndexPlan.of(new Document("a", 1).append("$or", List.of(new Document("c", 1))).append("d", new Document("$ne", 2)), A_B, false));
    }

    @Test
    void queriesWithoutAUsableConditionOnTheFirstPathAreScanned() {
        for (Document query : List.of(new Document("b", 1), new Document("a", new Document("$ne", 1)),
                new Document("a", new Document("$exists", true)), new Document("a", List.of(1, 2)), new Document("a", new Document("x", 1)),
                new Document("$or", List.of(new Document("a", 1))),
                new Document("a", new Document("$gt", null)))) {
            assertNull(IndexPlan.of(query, A_B, false), query::toString);
        }
    }

    private static List<List<Object>> prefixes(IndexPlan plan) {
        return plan.prefixes().stream().map(Arrays::asList).toList();
    }
}
