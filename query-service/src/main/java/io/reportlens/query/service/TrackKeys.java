package io.reportlens.query.service;

/**
 * Keys stored on the documents: a child's id (report and child), a series (one indicator in one
 * region; an indicator without a catalog id is keyed by its wording).
 */
public final class TrackKeys {

    private TrackKeys() {
    }

    public static String indicatorKey(String indicatorId, String indicator) {
        if (indicatorId != null && !indicatorId.isBlank()) {
            return indicatorId;
        }
        return indicator == null || indicator.isBlank() ? null : "~" + indicator;
    }

    public static String series(String indicatorKey, String regionCode) {
        return indicatorKey + "|" + regionCode;
    }

    public static String child(String reportId, String childId) {
        return reportId + "|" + childId;
    }
}
