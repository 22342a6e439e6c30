package io.reportlens.query.model;

/** One region's actual figure for an indicator in a year, as stored for comparisons. */
public record CompareEntry(String regionCode, String region, double value, String unit, String reportId, String metricId,
                           String text) {
}
