package io.reportlens.ingest.model;

/**
 * One event waiting to be published, in ingest order ({@code sequence}). {@code eventId} is fixed
 * when the entry is written, so a retried send carries the same CloudEvent id. {@code jobId} is set
 * for republications by a reprocessing job, null for a report's first publication.
 */
public record OutboxEntry(long sequence, String reportId, String eventId, String jobId) {
}
