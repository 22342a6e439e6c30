package io.reportlens.ingest.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * Named leases, one document each ({@code _id} = the name, the holder and when it expires). Taking
 * or renewing one is a single conditional upsert: it matches only when the caller already holds the
 * lease or it has expired; otherwise the upsert's insert collides with the existing {@code _id} and
 * the caller is refused. Holders compare expiry with their own clocks, so clocks must agree to well
 * within a lease's duration.
 */
@ApplicationScoped
public class LeaseStore {

    private final Collections collections;

    public LeaseStore(Collections collections) {
        this.collections = collections;
    }

    /** Takes or renews the lease {@code name} for {@code holder} until {@code now + duration}; false when another holds it. */
    public boolean tryHold(String name, String holder, Instant now, Duration duration) {
        try {
            collections.leases().findOneAndUpdate(
                    Filters.and(Filters.eq("_id", name),
                            Filters.or(Filters.eq("holder", holder), Filters.lt("expiresAt", Date.from(now)))),
                    Updates.combine(Updates.set("holder", holder), Updates.set("expiresAt", Date.from(now.plus(duration)))),
                    new FindOneAndUpdateOptions().upsert(true));
            return true;
        } catch (MongoCommandException | MongoWriteException e) {
            if (isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Gives the lease up if {@code holder} has it, so another instance need not wait for it to expire. */
    public void release(String name, String holder) {
        collections.leases().deleteOne(Filters.and(Filters.eq("_id", name), Filters.eq("holder", holder)));
    }

    private static boolean isDuplicateKey(RuntimeException e) {
        if (e instanceof MongoWriteException write) {
            return write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
        }
        return ErrorCategory.fromErrorCode(((MongoCommandException) e).getErrorCode()) == ErrorCategory.DUPLICATE_KEY;
    }
}
