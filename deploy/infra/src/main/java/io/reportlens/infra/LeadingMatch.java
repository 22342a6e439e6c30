package io.reportlens.infra;

import de.bwaldvogel.mongo.bson.Document;

import java.util.function.Supplier;

/**
 * The $match an aggregate command starts with, handed from the command to the collection it reads.
 * The server's aggregation reads its whole collection and filters in its $match stage; given the
 * filter, the collection can find the documents through an index instead (the stage still filters,
 * so the result is the same). Taken once: only the pipeline's first read is narrowed.
 */
final class LeadingMatch {

    private record Pending(String namespace, Document filter) {
    }

    private static final ThreadLocal<Pending> PENDING = new ThreadLocal<>();

    private LeadingMatch() {
    }

    static <T> T during(String namespace, Document filter, Supplier<T> command) {
        PENDING.set(new Pending(namespace, filter));
        try {
            return command.get();
        } finally {
            PENDING.remove();
        }
    }

    /** The filter pending for this collection, once; null if none. */
    static Document take(String namespace) {
        Pending pending = PENDING.get();
        if (pending == null || !pending.namespace().equals(namespace)) {
            return null;
        }
        PENDING.remove();
        return pending.filter();
    }
}
