package io.reportlens.query.service;

import org.bson.conversions.Bson;

/** The filters of {@code GET /metrics}; null means "any". */
public record MetricCriteria(String indicatorId, String indicator, String kind, String unit, String region,
                             String regionCode, Integer year, Double minValue, Double maxValue, String reportId,
                             boolean includeSuperseded) {

    Bson bson() {
        return new Conditions()
                .eq("indicatorId", indicatorId)
                .contains("indicator", indicator)
                .eq("kind", kind)
                .eq("unit", unit)
                .eq("region", region)
                .regionCode("regionCode", regionCode)
                .eq("year", year)
                .gte("value", minValue)
                .lte("value", maxValue)
                .eq("reportId", reportId)
                .visible(includeSuperseded)
                .bson();
    }
}
