package io.reportlens.query.model;

/** One catalog indicator: its most frequent wording and how much the store holds of it. */
public record IndicatorEntry(String id, String name, long metrics, int regions, int years, Integer firstYear,
                             Integer lastYear) {
}
