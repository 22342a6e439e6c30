package io.reportlens.query.service;

import io.reportlens.query.model.CommitmentRecord;
import io.reportlens.query.model.MetricRecord;
import io.reportlens.query.model.ReportSummary;
import io.reportlens.query.model.SectionInfo;
import io.reportlens.query.model.Tracking;

import java.util.List;
import java.util.Map;

/**
 * Everything one extraction result contributes to the store, shaped for the questions.
 *
 * @param seriesMetrics          series key (indicator|region code) → this report's metrics in it
 * @param commitmentTracks       commitment doc id → what its follow-through watches
 */
public record ReportProjection(
        String reportId,
        long versionKey,
        ReportSummary summary,
        List<SectionInfo> sections,
        String text,
        List<MetricRecord> metrics,
        List<CommitmentRecord> commitments,
        Map<String, List<MetricRecord>> seriesMetrics,
        Map<String, Tracking> commitmentTracks,
        String provinceCode) {
}
