package io.reportlens.query.model;

/** What a commitment's follow-through watches: the series of its target's indicator in its region. */
public record Tracking(String seriesKey, TargetInfo target) {
}
