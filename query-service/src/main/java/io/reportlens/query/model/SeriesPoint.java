package io.reportlens.query.model;

/** One figure of an indicator in one region, with its evidence. */
public record SeriesPoint(
        Integer year,
        String kind,
        double value,
        Double valueHigh,
        String unit,
        String comparator,
        String indicator,
        String reportId,
        String metricId,
        String text) {
}
