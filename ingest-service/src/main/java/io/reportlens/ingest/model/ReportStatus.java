package io.reportlens.ingest.model;

/**
 * Where a report is in the pipeline: stored here, published to Kafka (the outbox state), extracted
 * (as query-service says: null when it could not be asked, with a note).
 */
public record ReportStatus(String id, boolean stored, boolean published, String publishedAt, String state,
                           Boolean extracted, String note) {
}
