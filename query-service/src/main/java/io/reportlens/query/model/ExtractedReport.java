package io.reportlens.query.model;

import java.util.List;

/** The {@code data} of a {@code reports.extracted} event (deploy/contracts/reports.extracted.schema.json). */
public record ExtractedReport(
        String reportId,
        Integer version,
        String previousVersionId,
        String sourceUrl,
        String extractorVersion,
        String extractedAt,
        ReportInfo report,
        List<SectionInfo> sections,
        List<MetricInfo> metrics,
        List<CommitmentInfo> commitments,
        String text) {

    public ExtractedReport {
        sections = sections == null ? List.of() : sections;
        metrics = metrics == null ? List.of() : metrics;
        commitments = commitments == null ? List.of() : commitments;
        text = text == null ? "" : text;
    }
}
