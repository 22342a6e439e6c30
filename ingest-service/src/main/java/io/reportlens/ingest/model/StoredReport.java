package io.reportlens.ingest.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored report's metadata and delivery state (the outbox state: {@code pending} until the
 * reports.ingested event was acknowledged by Kafka, then {@code published}; {@code failed} when the
 * event can never be sent). The content and text live in GridFS under the two file ids.
 */
public record StoredReport(String id, long sequence, String sourceUrl, String title, LocalDate publishedDate,
                           String contentType, String format, String charset, String declaredTitle,
                           String contentHash, long sizeBytes, int textLength, int version, String previousVersionId,
                           Instant ingestedAt, String state, Instant publishedAt, String failure,
                           Object contentFileId, Object textFileId) {

    public static final String PENDING = "pending";
    public static final String PUBLISHED = "published";
    public static final String FAILED = "failed";
}
