package io.reportlens.engine.model;

/**
 * One stated quantity (spec §3). {@code text == normalized.substring(start, end)}.
 *
 * @param id          stable: derived from the report key and the span
 * @param indicatorId the catalog id this indicator maps to, or null
 * @param valueHigh   upper end of a range, else null
 * @param comparator  =, >=, <=, >, <, ~
 * @param kind        actual, target, change or rank
 * @param baseline    starting value of a from→to statement, else null
 * @param region      the area it is about when other than the report's, else null
 */
public record Metric(
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
