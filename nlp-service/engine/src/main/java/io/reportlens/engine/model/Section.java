package io.reportlens.engine.model;

/**
 * One heading of the report's outline and the span of text it governs (spec §2).
 *
 * @param level 1 for 一、, 2 for (一), 3 for 1., 4 for (1), 5 for 一是…
 * @param kind  review, problems, plan or other
 * @param start offset of the heading in the normalized text
 * @param end   offset where the section (with its subsections) ends
 */
public record Section(String heading, int level, String kind, Integer year, int start, int end) {
}
