package io.reportlens.ingest.model;

import java.time.LocalDate;

/**
 * An upload that passed every check: its bytes, the content type it was read as, the text read from
 * it and the hash of its normalized text, with validated metadata.
 */
public record AcceptedDocument(byte[] content, String contentType, String format, String charset,
                               String declaredTitle, String text, String contentHash,
                               String sourceUrl, String title, LocalDate publishedDate) {
}
