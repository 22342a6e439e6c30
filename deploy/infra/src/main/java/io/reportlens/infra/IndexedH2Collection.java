package io.reportlens.infra;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

import java.util.stream.Stream;

/** The H2 collection, whose aggregations read through an index when their leading $match allows it. */
final class IndexedH2Collection extends H2Collection {

    IndexedH2Collection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> documents,
                        MVMap<String, Object> meta, CursorRegistry cursorRegistry) {
        super(database, name, options, documents, meta, cursorRegistry);
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
