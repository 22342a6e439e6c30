package io.reportlens.query.model;

/** A region's place in a comparison. */
public record RankedRegion(int rank, String regionCode, String region, double value, String unit, String reportId,
                           String metricId, String text) {
}
