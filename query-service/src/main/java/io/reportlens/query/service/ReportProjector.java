package io.reportlens.query.service;

import io.reportlens.query.model.CommitmentInfo;
import io.reportlens.query.model.CommitmentRecord;
import io.reportlens.query.model.DeadlineInfo;
import io.reportlens.query.model.ExtractedReport;
import io.reportlens.query.model.MetricInfo;
import io.reportlens.query.model.MetricRecord;
import io.reportlens.query.model.ReportInfo;
import io.reportlens.query.model.ReportSummary;
import io.reportlens.query.model.TargetInfo;
import io.reportlens.query.model.Tracking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Shapes one extraction result into the documents the query side stores. */
public final class ReportProjector {

    private ReportProjector() {
    }

    public static ReportProjection project(ExtractedReport event) {
        if (event.reportId() == null || event.reportId().isBlank()) {
            throw new InvalidEventException("data.reportId is missing");
        }
        if (event.report() == null) {
            throw new InvalidEventException("data.report is missing");
        }
        long versionKey = ExtractorVersions.orderKey(event.extractorVersion());
        ReportInfo info = event.report();
        String regionCode = RegionCodes.isValid(info.regionCode()) ? info.regionCode() : null;
        String reportId = event.reportId();

        List<MetricRecord> metrics = event.metrics().stream().map(m -> metric(reportId, info, regionCode, m)).toList();
        Map<String, MetricRecord> metricsById = new HashMap<>();
        metrics.forEach(m -> metricsById.put(m.id(), m));

        Map<String, List<MetricRecord>> series = new LinkedHashMap<>();
        for (MetricRecord m : metrics) {
            String indicatorKey = TrackKeys.indicatorKey(m.indicatorId(), m.indicator());
            if (m.regionCode() != null && indicatorKey != null) {
                series.computeIfAbsent(TrackKeys.series(indicatorKey, m.regionCode()), k -> new ArrayList<>()).add(m);
            }
        }

        List<CommitmentRecord> commitments = new ArrayList<>();
        Map<String, Tracking> tracks = new LinkedHashMap<>();
        for (CommitmentInfo c : event.commitments()) {
            CommitmentRecord record = commitment(reportId, info, regionCode, c);
            Tracking track = tracking(c, regionCode, metricsById);
            if (track != null && record.due() != null) {
                tracks.put(TrackKeys.child(reportId, c.id()), track);
            }
            commitments.add(record);
        }

        ReportSummary summary = new ReportSummary(reportId, info.title(), info.issuer(), info.region(), regionCode,
                info.province(), info.adminLevel(), info.docType(), info.periodYear(), info.publishedDate(), info.script(),
                event.sourceUrl(), event.version(), event.previousVersionId(), null, event.extractorVersion(),
                event.extractedAt(), metrics.size(), commitments.size());

        return new ReportProjection(reportId, versionKey, summary, event.sections(), event.text(), metrics, commitments,
                series, tracks, RegionCodes.provinceOf(regionCode));
    }

    private static MetricRecord metric(String reportId, ReportInfo info, String regionCode, MetricInfo m) {
        boolean ownRegion = m.region() == null || m.region().isBlank() || m.region().equals(info.region());
        Integer year = m.year() != null ? m.year() : info.periodYear();
        return new MetricRecord(m.id(), reportId, m.indicator(), m.indicatorId(), m.value(), m.valueHigh(), m.unit(),
                m.raw(), m.comparator(), m.kind(), year, ownRegion ? info.region() : m.region(),
                ownRegion ? regionCode : null, info.province(), m.baseline(), m.text(), m.start(), m.end(),
                info.issuer(), info.docType());
    }

    private static CommitmentRecord commitment(String reportId, ReportInfo info, String regionCode, CommitmentInfo c) {
        String due = c.deadlines().stream().map(DeadlineInfo::date).filter(Objects::nonNull)
                .max(String::compareTo).orElse(null);
        return new CommitmentRecord(c.id(), reportId, c.text(), c.start(), c.end(), c.action(), c.object(),
                c.deadlines(), c.targets(), c.strength(), c.owner(), c.topic(), c.measurable(), info.region(),
                regionCode, info.province(), info.periodYear(), due, FollowThrough.UNTRACKED, null, null, null, null);
    }

    /** The series a commitment's first identifiable target lives in: its metric's indicator id, else its wording. */
    private static Tracking tracking(CommitmentInfo c, String regionCode, Map<String, MetricRecord> metricsById) {
        if (regionCode == null) {
            return null;
        }
        for (TargetInfo t : c.targets()) {
            MetricRecord linked = t.metricId() == null ? null : metricsById.get(t.metricId());
            String key = linked != null
                    ? TrackKeys.indicatorKey(linked.indicatorId(), linked.indicator())
                    : TrackKeys.indicatorKey(null, t.indicator());
            if (key != null) {
                return new Tracking(TrackKeys.series(key, regionCode), t);
            }
        }
        return null;
    }
}
