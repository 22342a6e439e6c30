package io.reportlens.query.model;

import java.util.List;

/** One year of a series: the actual and the target figures side by side. */
public record SeriesYear(int year, List<SeriesPoint> actual, List<SeriesPoint> target) {
}
