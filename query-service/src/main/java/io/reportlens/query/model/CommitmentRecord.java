package io.reportlens.query.model;

import java.util.List;

/**
 * A commitment as stored and served, with its report's context and its follow-through.
 *
 * @param year            the report's period year
 * @param due             the latest deadline date (ISO), or null
 * @param status          follow-through: met, not_met, pending, no_evidence, or untracked (see README)
 * @param evidenceMetricId the actual metric of a later report that settled it, when met or not_met
 */
public record CommitmentRecord(
        String id,
        String reportId,
        String text,
        int start,
        int end,
        String action,
        String object,
        List<DeadlineInfo> deadlines,
        List<TargetInfo> targets,
        String strength,
        String owner,
        String topic,
        boolean measurable,
        String region,
        String regionCode,
        String province,
        Integer year,
        String due,
        String status,
        String evidenceMetricId,
        String evidenceReportId,
        Double evidenceValue,
        Integer evidenceYear) {

    public CommitmentRecord withStatus(String newStatus, SeriesPoint evidence) {
        return new CommitmentRecord(id, reportId, text, start, end, action, object, deadlines, targets, strength, owner,
                topic, measurable, region, regionCode, province, year, due, newStatus,
                evidence == null ? null : evidence.metricId(),
                evidence == null ? null : evidence.reportId(),
                evidence == null ? null : evidence.value(),
                evidence == null ? null : evidence.year());
    }
}
