package io.reportlens.query.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;

/** Small helpers shared by the stores. */
final class Stored {

    private Stored() {
    }

    static boolean isDuplicateKey(MongoWriteException e) {
        return ErrorCategory.fromErrorCode(e.getError().getCode()) == ErrorCategory.DUPLICATE_KEY;
    }
}
