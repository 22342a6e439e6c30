package io.reportlens.query.model;

import java.util.List;

/** Regions of a province ranked by their value of an indicator in a year. */
public record Comparison(String indicatorId, int year, String province, List<RankedRegion> regions) {
}
