package io.reportlens.engine.model;

/**
 * What a report is: spec §2. Every field may be null when the text does not say.
 *
 * @param adminLevel  province, city, district or county
 * @param docType     summary, plan, summary_and_plan or speech
 * @param regionCode  the GB/T 2260 code of {@code region}
 * @param script      the script the report came in: simplified or traditional
 */
public record ReportMetadata(
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

    public static ReportMetadata empty(String script) {
        return new ReportMetadata(null, null, null, null, null, null, null, null, null, script);
    }
}
