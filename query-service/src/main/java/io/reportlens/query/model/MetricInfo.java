package io.reportlens.query.model;

/** One stated quantity as extracted (spec §3); {@code year} and {@code region} are null when the report's own. */
public record MetricInfo(
        String id,
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
        Double baseline,
        String text,
        int start,
        int end) {
}
