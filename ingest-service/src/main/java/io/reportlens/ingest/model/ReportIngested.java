package io.reportlens.ingest.model;

/** The data of a reports.ingested event (deploy/contracts/reports.ingested.schema.json). */
public record ReportIngested(String reportId, int version, String previousVersionId, String sourceUrl, String title,
                             String publishedDate, String contentType, String format, String charset,
                             String declaredTitle, String contentHash, long sizeBytes, String text, String ingestedAt) {

    public static final String TYPE = "io.reportlens.report.ingested";

    public static ReportIngested of(StoredReport r, String text) {
        return new ReportIngested(r.id(), r.version(), r.previousVersionId(), r.sourceUrl(), r.title(),
                r.publishedDate() == null ? null : r.publishedDate().toString(), r.contentType(), r.format(), r.charset(),
                r.declaredTitle(), r.contentHash(), r.sizeBytes(), text, r.ingestedAt().toString());
    }
}
