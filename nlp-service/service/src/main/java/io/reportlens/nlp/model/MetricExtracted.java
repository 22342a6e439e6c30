package io.reportlens.nlp.model;

import io.reportlens.engine.model.Metric;

/** The data of a {@code metrics.extracted} event: one figure, with where and when it holds. */
public record MetricExtracted(
        String reportId,
        String extractorVersion,
        String region,
        String regionCode,
        String province,
        Integer periodYear,
        Metric metric) {
}
