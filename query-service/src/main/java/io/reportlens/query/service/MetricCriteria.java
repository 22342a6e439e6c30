package io.reportlens.query.service;

import org.bson.Document;
import org.bson.conversions.Bson;

/** The filters of {@code GET /metrics}; null means "any". */
public record MetricCriteria(String indicatorId, String indicator, String kind, String unit, String region,
                             String regionCode, Integer year, Double minValue, Double maxValue, String reportId,
                             boolean includeSuperseded) {

    /** The same filter as {@link #bson()}, on a stored document. */
    boolean matches(Document d) {
        return Matching.visible(d, includeSuperseded)
                && Matching.eq(d, "indicatorId", indicatorId)
                && Matching.contains(d, "indicator", indicator)
                && Matching.eq(d, "kind", kind)
                && Matching.eq(d, "unit", unit)
                && Matching.eq(d, "region", region)
                && Matching.regionCode(d, "regionCode", regionCode)
                && Matching.eq(d, "year", year)
                && Matching.between(d, "value", minValue, maxValue)
                && Matching.eq(d, "reportId", reportId);
    }

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
