package io.reportlens.engine.model;

/** A target figure inside a commitment; {@code metricId} links it to the same figure in the metrics. */
public record Target(String metricId, String indicator, double value, Double valueHigh, String unit, String comparator) {
}
