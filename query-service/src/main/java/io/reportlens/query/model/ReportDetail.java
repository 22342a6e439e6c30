package io.reportlens.query.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** One report with everything extracted from it; {@code text} only when asked for ({@code ?include=text}). */
public record ReportDetail(
        ReportSummary report,
        List<SectionInfo> sections,
        List<MetricRecord> metrics,
        List<CommitmentRecord> commitments,
        @JsonInclude(JsonInclude.Include.NON_NULL) String text) {
}
