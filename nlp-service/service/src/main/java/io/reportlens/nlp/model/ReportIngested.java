package io.reportlens.nlp.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The data of a {@code reports.ingested} event (deploy/contracts/reports.ingested.schema.json). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReportIngested(
        String reportId,
        Integer version,
        String previousVersionId,
        String sourceUrl,
        String title,
        String publishedDate,
        String contentType,
        String format,
        String charset,
        String declaredTitle,
        String contentHash,
        Long sizeBytes,
        String text,
        String ingestedAt) {
}
