package io.reportlens.ingest.model;

import java.time.Instant;

/**
 * A republication of stored reports. {@code state}: enqueuing (collecting reports), publishing
 * (all enqueued, {@code done} of {@code total} sent), completed.
 */
public record ReprocessJob(String id, String state, long total, long done, Instant from, Instant to,
                           Instant createdAt, Instant finishedAt) {

    public static final String ENQUEUING = "enqueuing";
    public static final String PUBLISHING = "publishing";
    public static final String COMPLETED = "completed";
}
