package io.reportlens.query.model;

/** A target figure inside a commitment; {@code metricId} links it to the same figure in the metrics. */
public record TargetInfo(String metricId, String indicator, double value, Double valueHigh, String unit, String comparator) {
}
