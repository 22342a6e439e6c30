package io.reportlens.query.model;

/** One heading of the report's outline and the span it governs. */
public record SectionInfo(String heading, int level, String kind, Integer year, int start, int end) {
}
