package io.reportlens.ingest.model;

/** A stored report's metadata and delivery state, as GET /api/reports/{id} answers (no content). */
public record ReportView(String id, long sequence, String sourceUrl, String title, String publishedDate,
                         String contentType, String format, String charset, String declaredTitle, String contentHash,
                         long sizeBytes, int textLength, int version, String previousVersionId, String ingestedAt,
                         String state, String publishedAt, String failure) {

    public static ReportView of(StoredReport r) {
        return new ReportView(r.id(), r.sequence(), r.sourceUrl(), r.title(),
                r.publishedDate() == null ? null : r.publishedDate().toString(), r.contentType(), r.format(), r.charset(),
                r.declaredTitle(), r.contentHash(), r.sizeBytes(), r.textLength(), r.version(), r.previousVersionId(),
                r.ingestedAt().toString(), r.state(), r.publishedAt() == null ? null : r.publishedAt().toString(), r.failure());
    }
}
