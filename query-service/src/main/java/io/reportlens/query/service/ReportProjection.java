package io.reportlens.query.service;

import io.reportlens.query.model.CommitmentRecord;
import io.reportlens.query.model.CompareEntry;
import io.reportlens.query.model.MetricRecord;
import io.reportlens.query.model.ReportSummary;
import io.reportlens.query.model.SectionInfo;
import io.reportlens.query.model.SeriesPoint;
import io.reportlens.query.model.Tracking;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything one extraction result contributes to the store, shaped for the questions.
 *
 * @param seriesPoints      series key → this report's points in it
 * @param compareEntries    compare key → this report's entries in it
 * @param commitmentTracks  commitment doc id → what its follow-through watches
 * @param terms             search term → the refs (r:/m:/c: ids) of this report containing it
 */
public record ReportProjection(
        String reportId,
        long versionKey,
        ReportSummary summary,
        List<SectionInfo> sections,
        String text,
        List<MetricRecord> metrics,
        List<CommitmentRecord> commitments,
        Map<String, List<SeriesPoint>> seriesPoints,
        Map<String, List<CompareEntry>> compareEntries,
        Map<String, Tracking> commitmentTracks,
        Map<String, Set<String>> terms,
        String provinceName,
        String provinceCode) {
}
