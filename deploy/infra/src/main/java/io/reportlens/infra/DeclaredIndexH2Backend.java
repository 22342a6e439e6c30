package io.reportlens.infra;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVStore;

import java.util.List;

/**
 * mongo-java-server's H2 backend, minus one cost: it does not implement non-unique secondary indexes
 * (it keeps them as declarations and scans), yet on every open of the database and every
 * {@code createIndex} it "builds" each of them by deserializing the whole collection twice. At
 * 100,000 reports that made opening the store take 12+ minutes. Here such an index is a declaration
 * only: it is listed, kept across restarts and answers nothing, exactly as before, without the scans.
 */
final class DeclaredIndexH2Backend extends H2Backend {

    DeclaredIndexH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new H2Database(databaseName, getMvStore(), getCursorRegistry()) {
            @Override
            protected Index<Object> openOrCreateSecondaryIndex(String collection, String name, List<IndexKey> keys, boolean sparse) {
                return new DeclaredIndex(name, keys);
            }
        };
    }

    /** An index that holds no entries and so has nothing to build from the collection's documents. */
    private static final class DeclaredIndex extends EmptyIndex<Object> {

        DeclaredIndex(String name, List<IndexKey> keys) {
            super(name, keys);
        }

        /** The collection builds an index only when it is empty; this one never needs building. */
        @Override
        public boolean isEmpty() {
            return false;
        }
    }
}
