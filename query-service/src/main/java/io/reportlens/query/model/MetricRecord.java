package io.reportlens.query.model;

/**
 * A metric as stored and served, with the report context it is filtered by.
 *
 * @param year       the year the figure holds for: the stated one, else the report's period year
 * @param region     the area it is about: the stated one, else the report's region
 * @param regionCode the report's code when the figure is about the report's own region, else null
 */
public record MetricRecord(
        String id,
        String reportId,
        String indicator,
        String indicatorId,
        double value,
        Double valueHigh,
        String unit,
        String raw,
        String comparator,
        String kind,
        Integer year,
        String region,
        String regionCode,
        String province,
        Double baseline,
        String text,
        int start,
        int end,
        String issuer,
        String docType) {
}
