package io.reportlens.query.model;

/** One report as lists show it; {@code supersededBy} names the report that replaced it, if any. */
public record ReportSummary(
        String id,
        String title,
        String issuer,
        String region,
        String regionCode,
        String province,
        String adminLevel,
        String docType,
        Integer periodYear,
        String publishedDate,
        String script,
        String sourceUrl,
        Integer version,
        String previousVersionId,
        String supersededBy,
        String extractorVersion,
        String extractedAt,
        int metricCount,
        int commitmentCount) {
}
