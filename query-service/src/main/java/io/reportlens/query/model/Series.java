package io.reportlens.query.model;

import java.util.List;

/** An indicator's figures in one region, year by year. */
public record Series(String indicatorId, String regionCode, List<SeriesYear> years) {
}
