package io.reportlens.nlp.model;

import io.reportlens.engine.model.Commitment;
import io.reportlens.engine.model.Metric;
import io.reportlens.engine.model.ReportMetadata;
import io.reportlens.engine.model.Section;

import java.time.Instant;
import java.util.List;

/** The data of a {@code reports.extracted} event: the whole result for one report. */
public record ReportExtracted(
        String reportId,
        Integer version,
        String previousVersionId,
        String sourceUrl,
        String extractorVersion,
        Instant extractedAt,
        ReportMetadata report,
        List<Section> sections,
        List<Metric> metrics,
        List<Commitment> commitments,
        String text) {
}
