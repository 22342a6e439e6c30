package io.reportlens.infra;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

import java.util.Comparator;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The H2 collection, with these changes to how it reads. A query uses the index that would read the
 * fewest entries for it (the server takes the first index that can answer at all, in the order they
 * were declared, so a selective query could go through a barely selective index: 131 ms instead of
 * 2 ms at 100,000 documents, see BENCHMARKS.md). A sorted query walks an index in the sort's order
 * where one gives it, and stops at its limit, instead of reading and sorting every match. A count
 * is answered from index entries alone where they hold every field the query names. And an
 * aggregation reads through an index when its leading $match allows it.
 */
final class IndexedH2Collection extends H2Collection {

    /**
     * A walk in sort order may read this many times the entries of the fewest-entries plan, when a
     * limit lets it stop early (a real MongoDB races such plans; this is a fixed stand-in for the race).
     */
    private static final long ORDERED_WALK_ALLOWANCE = 32;

    private final Comparator<Object> documentOrder;

    IndexedH2Collection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> documents,
                        MVMap<String, Object> meta, CursorRegistry cursorRegistry) {
        super(database, name, options, documents, meta, cursorRegistry);
        this.documentOrder = documents.getKeyType()::compare;
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        Index<Object> best = null;
        long fewest = Long.MAX_VALUE;
        for (Index<Object> index : getIndexes()) {
            long entries = index instanceof H2SecondaryIndex secondary ? secondary.entriesToRead(query)
                    : index.canHandle(query) ? 0 : -1; // a unique index holds one entry per value
            if (entries >= 0 && entries < fewest) {
                best = index;
                fewest = entries;
            }
        }
        IndexSort sort = IndexSort.of(orderBy, documentOrder);
        if (sort != null) {
            QueryResult ordered = inIndexOrder(query, sort, fewest, numberToSkip, limit, batchSize, fieldSelector);
            if (ordered != null) {
                return ordered;
            }
        }
        if (best == null) {
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        return matchDocuments(query, best.getPositions(query), orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    /** The query answered by a walk of the index that gives its sort, or null if none is worth it. */
    private QueryResult inIndexOrder(Document query, IndexSort sort, long fewest, int numberToSkip, int limit,
                                     int batchSize, Document fieldSelector) {
        H2SecondaryIndex walked = null;
        long walkedEntries = Long.MAX_VALUE;
        for (Index<Object> index : getIndexes()) {
            long entries = index instanceof H2SecondaryIndex secondary ? secondary.entriesInOrder(query, sort) : -1;
            if (entries >= 0 && entries < walkedEntries) {
                walked = index instanceof H2SecondaryIndex secondary ? secondary : null;
                walkedEntries = entries;
            }
        }
        long allowed = fewest == Long.MAX_VALUE ? Long.MAX_VALUE
                : Math.max(fewest, 1) * (limit > 0 ? ORDERED_WALK_ALLOWANCE : 1);
        if (walked == null || walkedEntries > allowed) {
            return null;
        }
        Iterator<Object> positions = walked.positionsInOrder(query, sort);
        Stream<Document> documents = StreamSupport.stream(Spliterators.spliteratorUnknownSize(positions, Spliterator.ORDERED), false)
                .map(this::getDocument);
        return matchDocumentsFromStream(query, documents, numberToSkip, limit, batchSize, null, fieldSelector);
    }

    /**
     * How many documents match the query, counted on the entries of an index that holds every field
     * it names, or -1 if no index does (then the documents must be read).
     */
    synchronized long coveredCount(Document query) {
        H2SecondaryIndex cheapest = null;
        long fewest = Long.MAX_VALUE;
        for (Index<Object> index : getIndexes()) {
            if (index instanceof H2SecondaryIndex secondary && secondary.canCount(query)) {
                long entries = secondary.entriesToRead(query);
                if (entries < fewest) {
                    cheapest = secondary;
                    fewest = entries;
                }
            }
        }
        return cheapest == null ? -1 : cheapest.coveredCount(query, this::documentMatchesQuery);
    }

    @Override
    public Stream<Document> queryAllAsStream() {
        Document filter = LeadingMatch.take(getFullName());
        if (filter != null && getIndexes().stream().anyMatch(index -> index.canHandle(filter))) {
            return handleQueryAsStream(filter);
        }
        return super.queryAllAsStream();
    }
}
