package io.reportlens.query.model;

import java.util.List;

/** One forward-looking sentence as extracted (spec §4). */
public record CommitmentInfo(
        String id,
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
        boolean measurable) {

    public CommitmentInfo {
        deadlines = deadlines == null ? List.of() : deadlines;
        targets = targets == null ? List.of() : targets;
    }
}
