package io.reportlens.query.model;

/**
 * One search result.
 *
 * @param type    report, metric or commitment
 * @param snippet the matching passage, HTML-escaped, each match wrapped in {@code <mark>}
 */
public record SearchHit(String type, String id, String reportId, String title, String snippet, int matches) {
}
