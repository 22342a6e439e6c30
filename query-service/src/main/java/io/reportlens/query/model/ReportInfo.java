package io.reportlens.query.model;

/** What a report is (spec §2); every field may be null when the text does not say. */
public record ReportInfo(
        String title,
        String issuer,
        String region,
        String regionCode,
        String province,
        String adminLevel,
        String docType,
        Integer periodYear,
        String publishedDate,
        String script) {
}
